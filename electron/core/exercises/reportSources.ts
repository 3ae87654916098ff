import type { AarSources } from '../../../shared/exercises/afterActionReport.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExerciseDoc } from '../../../shared/schema/exercise.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

/** Everything the AAR/IP is built from: the run, its incident, its timeline and people's names. */
export async function loadAarSources(
  database: LanternDatabase,
  exercise: ExerciseDoc,
): Promise<AarSources> {
  const incidentId = exercise.incidentId;
  const [incident, timeline, people] = await Promise.all([
    database.incidents.findOne(incidentId).exec(),
    database.timeline
      .find({ selector: { incidentId }, sort: [{ incidentId: 'asc' }, { hlc: 'asc' }] })
      .exec(),
    kindStore(database).find('people'),
  ]);
  return {
    exercise,
    ...(incident ? { incident: incident.toMutableJSON() } : {}),
    timeline: timeline.map((d) => d.toMutableJSON()),
    names: Object.fromEntries(people.map((p) => [p.id, p.displayName])),
  };
}
