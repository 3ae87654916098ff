import { useMemo } from 'react';
import {
  parseExerciseScenario,
  type ExerciseScenario,
} from '../../../../shared/exercises/scenarioSchema.ts';
import { useLiveDocument, useLiveQuery } from '../../app/db/useLiveQuery.ts';

/** Reactive reads for the exercise screens: the scenario library and exercise runs. */
export function useScenarios(): { scenarios: ExerciseScenario[]; loading: boolean } {
  const { documents, loading } = useLiveQuery('frameworks', {
    selector: { kind: 'exerciseScenario' },
    sort: [{ id: 'asc' }],
  });
  const scenarios = useMemo(
    () =>
      documents.flatMap((doc) => {
        try {
          return [parseExerciseScenario(doc.definition)];
        } catch {
          return [];
        }
      }),
    [documents],
  );
  return { scenarios, loading };
}

export function useScenario(scenarioId: string | undefined) {
  const { scenarios, loading } = useScenarios();
  return { scenario: scenarios.find((s) => s.id === scenarioId), loading };
}

export function useExercises() {
  return useLiveQuery('exercises', { selector: {}, sort: [{ createdAt: 'desc' }] });
}

export function useExercise(exerciseId: string | undefined) {
  const { document, loading } = useLiveDocument('exercises', exerciseId);
  return { exercise: document, loading };
}

/** The exercise run an exercise incident belongs to, if any. */
export function useExerciseOfIncident(incidentId: string | undefined) {
  const { documents } = useLiveQuery('exercises', {
    selector: { incidentId: incidentId ?? '' },
    limit: 1,
  });
  return documents[0];
}
