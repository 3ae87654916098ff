import { z } from 'zod';
import { hlcField, idField, isoTimeField, jsonObjectField, nameField } from './fields.ts';

const personRef = z.string().max(80);
const shortText = z.string().max(4000);

/**
 * One tabletop-exercise run: the scenario as it was when the run started,
 * the exercise incident players work in, the exercise clock, what happened
 * to each inject, evaluation and the improvement plan. Parts edited by
 * different people at the same time (clock, injects, ratings, hot wash,
 * participants, improvement items) are separate top-level fields, so peer
 * sync merges them field by field.
 */
export const exerciseShape = z.strictObject({
  id: idField,
  scenarioId: idField,
  title: nameField,
  /** The scenario definition (shared/exercises/scenarioSchema.ts) at the start of the run. */
  scenario: jsonObjectField,
  incidentId: idField,
  facilitatorId: idField,
  /** Only this node releases scheduled injects, so peers never release one twice. */
  schedulerNodeId: idField,
  createdAt: isoTimeField,
  createdBy: personRef,
  clock: z.strictObject({
    state: z.enum(['ready', 'running', 'paused', 'ended']),
    offsetSeconds: z.number().int().min(0).max(100000000),
    runningSince: isoTimeField.optional(),
    startedAt: isoTimeField.optional(),
    endedAt: isoTimeField.optional(),
  }),
  /** State of each inject of the run (scenario injects and contingencies added during play). */
  injects: z
    .array(
      z.strictObject({
        number: z.number().int().min(1).max(9999),
        status: z.enum(['pending', 'released', 'skipped']),
        releasedAt: isoTimeField.optional(),
        releasedBy: personRef.optional(),
        releaseMode: z.enum(['hand', 'schedule']).optional(),
        /** Scenario seconds on the exercise clock when it was released or skipped. */
        scenarioSeconds: z.number().int().min(0).max(100000000).optional(),
        timelineEntryId: idField.optional(),
        skippedAt: isoTimeField.optional(),
        skipReason: shortText.optional(),
      }),
    )
    .max(400),
  /** Contingency injects the facilitator wrote during play (same shape as scenario injects). */
  addedInjects: z.array(jsonObjectField).max(200),
  ratings: z
    .array(
      z.strictObject({
        objectiveId: idField,
        rating: z.enum(['P', 'S', 'M', 'U']),
        observations: shortText,
        evaluatorId: personRef,
        ratedAt: isoTimeField,
      }),
    )
    .max(200),
  hotWash: z
    .array(
      z.strictObject({
        id: idField,
        kind: z.enum(['strength', 'improvement', 'note']),
        text: shortText,
        authorId: personRef,
        at: isoTimeField,
      }),
    )
    .max(500),
  participants: z
    .array(
      z.strictObject({
        personId: idField,
        exerciseRole: z.enum(['player', 'facilitator', 'evaluator', 'observer']),
        /** The scenario participant role played, when a player. */
        playerRole: z.string().max(64).optional(),
        joinedAt: isoTimeField,
      }),
    )
    .max(200),
  improvementItems: z
    .array(
      z.strictObject({
        id: idField,
        title: z.string().min(1).max(500),
        objectiveId: idField.optional(),
        ownerId: idField,
        dueDate: z.string().max(10),
        status: z.enum(['open', 'in-progress', 'done']),
        createdAt: isoTimeField,
        updatedAt: isoTimeField,
      }),
    )
    .max(200),
  /**
   * A real incident was declared while this exercise was in play: the
   * facilitator is asked to pause ("real-world stop") and the exercise's
   * wall banner says so. Set by declareIncident, answered by
   * answerRealWorldStop; the latest real incident replaces an earlier one.
   */
  realWorldStop: z
    .strictObject({
      incidentId: idField,
      reference: z.string().max(32),
      title: nameField,
      raisedAt: isoTimeField,
      decision: z.enum(['paused', 'continued']).optional(),
      decidedBy: personRef.optional(),
      decidedAt: isoTimeField.optional(),
    })
    .optional(),
  updatedAt: isoTimeField,
  hlc: hlcField,
});

export type ExerciseDoc = z.infer<typeof exerciseShape>;
