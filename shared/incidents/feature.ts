import { addTimelineEntry } from '../commands/addTimelineEntry.ts';
import { assignRole } from '../commands/assignRole.ts';
import { changeIncidentStatus } from '../commands/changeIncidentStatus.ts';
import { checkPlaybookItem } from '../commands/checkPlaybookItem.ts';
import { completePlaybookStep } from '../commands/completePlaybookStep.ts';
import { declareIncident } from '../commands/declareIncident.ts';
import { declareSubIncident } from '../commands/declareSubIncident.ts';
import { reclassifyIncident } from '../commands/reclassifyIncident.ts';
import { recordDecision } from '../commands/recordDecision.ts';
import { setImpactStart } from '../commands/setImpactStart.ts';
import { releaseRole } from '../commands/releaseRole.ts';
import { transferCommand } from '../commands/transferCommand.ts';
import { defineSharedFeature } from '../feature.ts';

/** Incidents: declaration, classification, command roles, decisions, playbooks and the timeline. */
export const incidentsFeature = defineSharedFeature({
  name: 'incidents',
  commands: {
    declareIncident,
    addTimelineEntry,
    reclassifyIncident,
    assignRole,
    releaseRole,
    transferCommand,
    recordDecision,
    changeIncidentStatus,
    completePlaybookStep,
    checkPlaybookItem,
    declareSubIncident,
    setImpactStart,
  },
});
