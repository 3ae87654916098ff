import { z } from 'zod';
import { SEVERITIES } from '../domain/severity.ts';
import { READY_CLOCK } from '../exercises/exerciseClock.ts';
import { storedDefinition } from '../framework/frameworkReads.ts';
import { requirePersonField } from '../framework/references.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { defineCommand, type DocumentWrite } from './command.ts';
import { declareIncident, declareIncidentInput } from './declareIncident.ts';
import { notFound } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

const id = z.string().min(1).max(64);

export const startExerciseInput = z
  .object({
    /** The scenario's id (resources/scenarios/<id>.json), as adopted in the library. */
    scenarioId: id,
    title: z.string().trim().min(1).max(200).optional(),
    /** Who runs the exercise; the actor when absent. */
    facilitatorId: id.optional(),
    /** The player who commands the exercise incident; the facilitator when absent. */
    commanderId: id.optional(),
    severity: z.enum(SEVERITIES).optional(),
  })
  .strict();

export interface StartedExercise {
  exercise: ExerciseDoc;
  incident: IncidentDoc;
}

export function scenarioDocumentId(scenarioId: string): string {
  return scenarioId.startsWith('scenario-') ? scenarioId : `scenario-${scenarioId}`;
}

/**
 * Set up an exercise run from a library scenario: declares the exercise
 * incident (a normal incident with `exercise: true`, so players use the real
 * roles, timeline and decisions; it never pages or leaves through an
 * external channel) and the run with its clock ready to start. This node
 * releases the scheduled injects.
 */
export const startExercise = defineCommand({
  name: 'startExercise',
  summary: 'Set up a tabletop exercise from a scenario: the exercise incident and its clock',
  input: startExerciseInput,
  permission: 'person',
  async plan(reads, input, context) {
    const doc = await reads.get('frameworks', scenarioDocumentId(input.scenarioId));
    if (doc?.kind !== 'exerciseScenario') throw notFound('scenario', input.scenarioId);
    const scenario = storedDefinition('exerciseScenario', doc);
    const facilitatorId = input.facilitatorId ?? context.actor.id;
    if (input.facilitatorId) await requirePersonField(reads, facilitatorId, 'facilitatorId');
    const title = input.title ?? scenario.title;
    const declaration = declareIncidentInput.parse({
      title: `EXERCISE — ${title}`,
      severity: input.severity ?? scenario.severity,
      type: scenario.incidentType,
      summary: `Tabletop exercise. ${scenario.summary}`.slice(0, 5000),
      exercise: true,
      ...(scenario.serviceIds.length ? { serviceIds: scenario.serviceIds } : {}),
      commanderId:
        input.commanderId ?? (context.actor.kind === 'person' ? facilitatorId : undefined),
    });
    const declared = await declareIncident.plan(reads, declaration, context);
    const incident = declared.result;
    const at = context.now.toISOString();
    const exercise: ExerciseDoc = {
      id: context.newId('exr'),
      scenarioId: scenario.id,
      title,
      scenario: scenario as unknown as ExerciseDoc['scenario'],
      incidentId: incident.id,
      facilitatorId,
      schedulerNodeId: context.nodeId,
      createdAt: at,
      createdBy: context.actor.id,
      clock: { ...READY_CLOCK },
      injects: scenario.injects.map((i) => ({ number: i.number, status: 'pending' as const })),
      addedInjects: [],
      ratings: [],
      hotWash: [],
      participants: [{ personId: facilitatorId, exerciseRole: 'facilitator', joinedAt: at }],
      improvementItems: [],
      updatedAt: at,
      hlc: context.nextHlc(),
    };
    const writes: DocumentWrite[] = [
      ...declared.writes,
      { kind: 'exercises', document: exercise },
      timelineWrite(
        context,
        incident.id,
        'system',
        `EXERCISE set up from scenario "${scenario.title}": ${scenario.injects.length} injects, ` +
          `${scenario.objectives.length} objectives. Nothing from this incident leaves through an external channel.`,
      ),
    ];
    return { writes, result: { exercise, incident } satisfies StartedExercise };
  },
});
