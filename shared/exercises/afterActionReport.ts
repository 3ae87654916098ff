import type { ExerciseDoc } from '../schema/exercise.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';
import { formatScenarioTime } from './exerciseClock.ts';
import { overallRating, type EvaluationRating } from './evaluation.ts';
import { runInjects, scenarioOf } from './exerciseRun.ts';
import { participantRoleLabel } from './injectText.ts';

export interface AarSources {
  exercise: ExerciseDoc;
  incident?: IncidentDoc;
  timeline: readonly TimelineEntryDoc[];
  /** Display names by person id. */
  names: Readonly<Record<string, string>>;
}

export interface AfterActionReport {
  title: string;
  scenarioTitle: string;
  overview: {
    summary: string;
    incidentReference?: string;
    facilitator: string;
    startedAt?: string;
    endedAt?: string;
    scenarioDuration: string;
    injectsReleased: number;
    injectsSkipped: number;
    injectsPending: number;
    contingenciesAdded: number;
  };
  objectives: {
    id: string;
    text: string;
    capability?: string;
    rating?: EvaluationRating;
    evaluations: { evaluator: string; rating: EvaluationRating; observations: string }[];
  }[];
  strengths: string[];
  areasForImprovement: string[];
  improvementItems: {
    title: string;
    objective?: string;
    owner: string;
    dueDate: string;
    status: string;
  }[];
  participation: { name: string; exerciseRole: string; playedAs?: string; actions: number }[];
}

/**
 * Players' actions on the exercise incident once play started: what people
 * put on the timeline (notes, decisions, role and status changes). Set-up
 * before STARTEX and the exercise's own entries (injects, clock) are not play.
 */
export function playerActions(
  sources: Pick<AarSources, 'exercise' | 'timeline'>,
): TimelineEntryDoc[] {
  const startedAt = sources.exercise.clock.startedAt;
  if (!startedAt) return [];
  return sources.timeline.filter(
    (entry) => entry.actorKind === 'person' && entry.kind !== 'system' && entry.at >= startedAt,
  );
}

function actionsByPerson(sources: AarSources): Map<string, number> {
  const counts = new Map<string, number>();
  for (const entry of playerActions(sources))
    counts.set(entry.actorId, (counts.get(entry.actorId) ?? 0) + 1);
  return counts;
}

function participation(sources: AarSources): AfterActionReport['participation'] {
  const { exercise, names } = sources;
  const scenario = scenarioOf(exercise);
  const actions = actionsByPerson(sources);
  const listed = exercise.participants.map((p) => ({
    name: names[p.personId] ?? p.personId,
    exerciseRole: p.exerciseRole,
    ...(p.playerRole ? { playedAs: participantRoleLabel(scenario, p.playerRole) } : {}),
    actions: actions.get(p.personId) ?? 0,
  }));
  // People who acted in the exercise incident without signing in still took part.
  const unlisted = [...actions.keys()]
    .filter((id) => !exercise.participants.some((p) => p.personId === id))
    .map((id) => ({
      name: names[id] ?? id,
      exerciseRole: 'player',
      actions: actions.get(id) ?? 0,
    }));
  return [...listed, ...unlisted];
}

/** The After-Action Report / Improvement Plan of an exercise run, from its records (pure). */
export function buildAfterActionReport(sources: AarSources): AfterActionReport {
  const { exercise, names } = sources;
  const scenario = scenarioOf(exercise);
  const nameOf = (id: string) => names[id] ?? id;
  const injects = runInjects(exercise);
  const count = (status: string) => injects.filter((i) => i.state.status === status).length;
  const objectives = scenario.objectives.map((objective) => {
    const evaluations = exercise.ratings
      .filter((r) => r.objectiveId === objective.id)
      .map((r) => ({
        evaluator: nameOf(r.evaluatorId),
        rating: r.rating as EvaluationRating,
        observations: r.observations,
      }));
    const rating = overallRating(evaluations.map((e) => e.rating));
    return {
      id: objective.id,
      text: objective.text,
      ...(objective.capability ? { capability: objective.capability } : {}),
      ...(rating ? { rating } : {}),
      evaluations,
    };
  });
  const objectiveText = (id: string) => scenario.objectives.find((o) => o.id === id)?.text ?? id;
  const observed = (ratings: readonly string[]) =>
    exercise.ratings
      .filter((r) => ratings.includes(r.rating))
      .map((r) => `${objectiveText(r.objectiveId)}: ${r.observations}`);
  return {
    title: `After-Action Report / Improvement Plan — ${exercise.title}`,
    scenarioTitle: scenario.title,
    overview: {
      summary: scenario.summary,
      ...(sources.incident ? { incidentReference: sources.incident.reference } : {}),
      facilitator: nameOf(exercise.facilitatorId),
      ...(exercise.clock.startedAt ? { startedAt: exercise.clock.startedAt } : {}),
      ...(exercise.clock.endedAt ? { endedAt: exercise.clock.endedAt } : {}),
      scenarioDuration: formatScenarioTime(exercise.clock.offsetSeconds),
      injectsReleased: count('released'),
      injectsSkipped: count('skipped'),
      injectsPending: count('pending'),
      contingenciesAdded: exercise.addedInjects.length,
    },
    objectives,
    strengths: [
      ...exercise.hotWash.filter((n) => n.kind === 'strength').map((n) => n.text),
      ...observed(['P']),
    ],
    areasForImprovement: [
      ...exercise.hotWash.filter((n) => n.kind === 'improvement').map((n) => n.text),
      ...observed(['M', 'U']),
    ],
    improvementItems: exercise.improvementItems.map((item) => ({
      title: item.title,
      ...(item.objectiveId ? { objective: objectiveText(item.objectiveId) } : {}),
      owner: nameOf(item.ownerId),
      dueDate: item.dueDate,
      status: item.status,
    })),
    participation: participation(sources),
  };
}
