import { answerRealWorldStop } from '../commands/answerRealWorldStop.ts';
import { addContingencyInject } from '../commands/addContingencyInject.ts';
import { addHotWashNote } from '../commands/addHotWashNote.ts';
import { addImprovementItem } from '../commands/addImprovementItem.ts';
import { controlExerciseClock } from '../commands/controlExerciseClock.ts';
import { joinExercise } from '../commands/joinExercise.ts';
import { rateObjective } from '../commands/rateObjective.ts';
import { releaseInject } from '../commands/releaseInject.ts';
import { removeScenarioInject } from '../commands/removeScenarioInject.ts';
import { saveScenarioInject } from '../commands/saveScenarioInject.ts';
import { skipInject } from '../commands/skipInject.ts';
import { startExercise } from '../commands/startExercise.ts';
import { updateImprovementItem } from '../commands/updateImprovementItem.ts';
import { defineSharedFeature } from '../feature.ts';

/** Tabletop exercises: scenarios, the exercise clock and injects, hot wash, improvement items. */
export const exercisesFeature = defineSharedFeature({
  name: 'exercises',
  commands: {
    startExercise,
    controlExerciseClock,
    answerRealWorldStop,
    releaseInject,
    skipInject,
    addContingencyInject,
    joinExercise,
    rateObjective,
    addHotWashNote,
    addImprovementItem,
    updateImprovementItem,
    saveScenarioInject,
    removeScenarioInject,
  },
});
