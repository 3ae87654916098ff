import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** Where a brief is in the two-person handover. */
export const HANDOFF_STATUSES = ['draft', 'submitted', 'acknowledged', 'withdrawn'] as const;

const shortText = { type: 'string', maxLength: 2000 } as const;

/**
 * One line of a brief section. `at` is the time an action was taken, the
 * deadline of a pending decision or when an update is next due; `isNew`
 * marks what was not in the previous brief.
 */
const briefItems = {
  type: 'array',
  maxItems: 200,
  items: {
    type: 'object',
    properties: {
      text: { type: 'string', minLength: 1, maxLength: 2000 },
      at: isoTimeField,
      isNew: { type: 'boolean' },
      /** Drafted from the records (redrafted each time) rather than written by a lead (carried over). */
      drafted: { type: 'boolean' },
    },
    required: ['text', 'isNew'],
    additionalProperties: false,
  },
} as const;

/**
 * A shift-handoff brief modelled on the ICS 201 Incident Briefing: one
 * document per brief, drafted from the incident's records. Each section is
 * its own top-level field so peers' concurrent edits merge field by field.
 */
const handoffSchemaLiteral = {
  title: 'handoff',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    incidentId: idField,
    /** 1 for the incident's first brief, then 2, 3, … */
    number: { type: 'integer', minimum: 1, maximum: 100000 },
    status: { type: 'string', enum: [...HANDOFF_STATUSES], maxLength: 16 },
    outgoingLeadId: idField,
    incomingLeadId: idField,
    /** The incident as it stood when the brief was drafted (history and exports need no lookup). */
    incident: {
      type: 'object',
      properties: {
        reference: { type: 'string', maxLength: 32 },
        title: { type: 'string', maxLength: 200 },
        severity: { type: 'string', maxLength: 8 },
        status: { type: 'string', maxLength: 20 },
        type: { type: 'string', maxLength: 64 },
      },
      required: ['reference', 'title', 'severity', 'status', 'type'],
      additionalProperties: false,
    },
    /** The brief this one follows (the last acknowledged); records since then are drafted. */
    previousBriefId: idField,
    /** Records from this moment on went into the draft. */
    coversFrom: isoTimeField,
    /** When the outgoing lead's shift ends, from the on-call rotation, when known. */
    shiftEndsAt: isoTimeField,
    situation: { type: 'string', maxLength: 5000 },
    objectives: briefItems,
    actions: briefItems,
    organisation: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          role: { type: 'string', maxLength: 64 },
          roleLabel: { type: 'string', maxLength: 120 },
          personId: idField,
          name: { type: 'string', maxLength: 200 },
          isNew: { type: 'boolean' },
        },
        required: ['role', 'roleLabel', 'personId', 'name', 'isNew'],
        additionalProperties: false,
      },
    },
    resources: briefItems,
    openTasks: briefItems,
    pendingDecisions: briefItems,
    risks: briefItems,
    nextUpdates: briefItems,
    note: { type: 'string', maxLength: 5000 },
    /** What changed since the previous brief, in words. */
    changes: { type: 'array', maxItems: 50, items: shortText },
    /** The incoming lead's questions, given with the acknowledgement. */
    questions: { type: 'string', maxLength: 5000 },
    withdrawnReason: shortText,
    /** `<outgoing lead>@<shift end>`: the reminder for that shift was given (never twice). */
    reminderKey: { type: 'string', maxLength: 120 },
    reminderSentAt: isoTimeField,
    draftedAt: isoTimeField,
    updatedAt: isoTimeField,
    submittedAt: isoTimeField,
    acknowledgedAt: isoTimeField,
    withdrawnAt: isoTimeField,
    hlc: hlcField,
  },
  required: [
    'id',
    'incidentId',
    'number',
    'status',
    'outgoingLeadId',
    'incomingLeadId',
    'incident',
    'coversFrom',
    'situation',
    'objectives',
    'actions',
    'organisation',
    'resources',
    'openTasks',
    'pendingDecisions',
    'risks',
    'nextUpdates',
    'note',
    'changes',
    'draftedAt',
    'updatedAt',
    'hlc',
  ],
  indexes: [['incidentId', 'draftedAt']],
  additionalProperties: false,
} as const;

export type HandoffDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof handoffSchemaLiteral>
>;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export type BriefItem = HandoffDoc['objectives'][number];
export type OrganisationLine = HandoffDoc['organisation'][number];
export const handoffSchema: RxJsonSchema<HandoffDoc> = handoffSchemaLiteral;
