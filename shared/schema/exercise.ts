import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

const personRef = { type: 'string', maxLength: 80 } as const;
const shortText = { type: 'string', maxLength: 4000 } as const;

/**
 * One tabletop-exercise run: the scenario as it was when the run started,
 * the exercise incident players work in, the exercise clock, what happened
 * to each inject, evaluation and the improvement plan. Parts edited by
 * different people at the same time (clock, injects, ratings, hot wash,
 * participants, improvement items) are separate top-level fields, so peer
 * sync merges them field by field.
 */
const exerciseSchemaLiteral = {
  title: 'exercise',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    scenarioId: idField,
    title: nameField,
    /** The scenario definition (shared/exercises/scenarioSchema.ts) at the start of the run. */
    scenario: { type: 'object' },
    incidentId: idField,
    facilitatorId: idField,
    /** Only this node releases scheduled injects, so peers never release one twice. */
    schedulerNodeId: idField,
    createdAt: isoTimeField,
    createdBy: personRef,
    clock: {
      type: 'object',
      properties: {
        state: { type: 'string', enum: ['ready', 'running', 'paused', 'ended'], maxLength: 10 },
        offsetSeconds: { type: 'integer', minimum: 0, maximum: 100000000 },
        runningSince: isoTimeField,
        startedAt: isoTimeField,
        endedAt: isoTimeField,
      },
      required: ['state', 'offsetSeconds'],
      additionalProperties: false,
    },
    /** State of each inject of the run (scenario injects and contingencies added during play). */
    injects: {
      type: 'array',
      maxItems: 400,
      items: {
        type: 'object',
        properties: {
          number: { type: 'integer', minimum: 1, maximum: 9999 },
          status: { type: 'string', enum: ['pending', 'released', 'skipped'], maxLength: 10 },
          releasedAt: isoTimeField,
          releasedBy: personRef,
          releaseMode: { type: 'string', enum: ['hand', 'schedule'], maxLength: 10 },
          /** Scenario seconds on the exercise clock when it was released or skipped. */
          scenarioSeconds: { type: 'integer', minimum: 0, maximum: 100000000 },
          timelineEntryId: idField,
          skippedAt: isoTimeField,
          skipReason: shortText,
        },
        required: ['number', 'status'],
        additionalProperties: false,
      },
    },
    /** Contingency injects the facilitator wrote during play (same shape as scenario injects). */
    addedInjects: {
      type: 'array',
      maxItems: 200,
      items: { type: 'object' },
    },
    ratings: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          objectiveId: idField,
          rating: { type: 'string', enum: ['P', 'S', 'M', 'U'], maxLength: 1 },
          observations: shortText,
          evaluatorId: personRef,
          ratedAt: isoTimeField,
        },
        required: ['objectiveId', 'rating', 'observations', 'evaluatorId', 'ratedAt'],
        additionalProperties: false,
      },
    },
    hotWash: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          id: idField,
          kind: { type: 'string', enum: ['strength', 'improvement', 'note'], maxLength: 12 },
          text: shortText,
          authorId: personRef,
          at: isoTimeField,
        },
        required: ['id', 'kind', 'text', 'authorId', 'at'],
        additionalProperties: false,
      },
    },
    participants: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          personId: idField,
          exerciseRole: {
            type: 'string',
            enum: ['player', 'facilitator', 'evaluator', 'observer'],
            maxLength: 12,
          },
          /** The scenario participant role played, when a player. */
          playerRole: { type: 'string', maxLength: 64 },
          joinedAt: isoTimeField,
        },
        required: ['personId', 'exerciseRole', 'joinedAt'],
        additionalProperties: false,
      },
    },
    improvementItems: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          id: idField,
          title: { type: 'string', minLength: 1, maxLength: 500 },
          objectiveId: idField,
          ownerId: idField,
          dueDate: { type: 'string', maxLength: 10 },
          status: { type: 'string', enum: ['open', 'in-progress', 'done'], maxLength: 12 },
          createdAt: isoTimeField,
          updatedAt: isoTimeField,
        },
        required: ['id', 'title', 'ownerId', 'dueDate', 'status', 'createdAt', 'updatedAt'],
        additionalProperties: false,
      },
    },
    updatedAt: isoTimeField,
    hlc: hlcField,
  },
  required: [
    'id',
    'scenarioId',
    'title',
    'scenario',
    'incidentId',
    'facilitatorId',
    'schedulerNodeId',
    'createdAt',
    'createdBy',
    'clock',
    'injects',
    'addedInjects',
    'ratings',
    'hotWash',
    'participants',
    'improvementItems',
    'updatedAt',
    'hlc',
  ],
  indexes: ['createdAt'],
  additionalProperties: false,
} as const;

export type ExerciseDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof exerciseSchemaLiteral>
>;
export const exerciseSchema: RxJsonSchema<ExerciseDoc> = exerciseSchemaLiteral;
