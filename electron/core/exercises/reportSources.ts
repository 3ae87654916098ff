import type { AarSources } from '../../../shared/exercises/afterActionReport.ts';
import type { LanternDatabase } from '../../../shared/schema/collections.ts';
import type { ExerciseDoc } from '../../../shared/schema/exercise.ts';

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
    database.people.find().exec(),
  ]);
  return {
    exercise,
    ...(incident ? { incident: incident.toMutableJSON() } : {}),
    timeline: timeline.map((d) => d.toMutableJSON()),
    names: Object.fromEntries(people.map((p) => [p.id, p.displayName])),
  };
}
