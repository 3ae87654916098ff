import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** Where a brief is in the two-person handover. */
export const HANDOFF_STATUSES = ['draft', 'submitted', 'acknowledged', 'withdrawn'] as const;

const shortText = z.string().max(2000);

/**
 * One line of a brief section. `at` is the time an action was taken, the
 * deadline of a pending decision or when an update is next due; `isNew`
 * marks what was not in the previous brief.
 */
const briefItems = z
  .array(
    z.strictObject({
      text: z.string().min(1).max(2000),
      at: isoTimeField.optional(),
      isNew: z.boolean(),
      /** Drafted from the records (redrafted each time) rather than written by a lead (carried over). */
      drafted: z.boolean().optional(),
    }),
  )
  .max(200);

/**
 * A shift-handoff brief modelled on the ICS 201 Incident Briefing: one
 * document per brief, drafted from the incident's records. Each section is
 * its own top-level field so peers' concurrent edits merge field by field.
 */
export const handoffShape = z.strictObject({
  id: idField,
  incidentId: idField,
  /** 1 for the incident's first brief, then 2, 3, … */
  number: z.number().int().min(1).max(100000),
  status: z.enum(HANDOFF_STATUSES),
  outgoingLeadId: idField,
  incomingLeadId: idField,
  /** The incident as it stood when the brief was drafted (history and exports need no lookup). */
  incident: z.strictObject({
    reference: z.string().max(32),
    title: z.string().max(200),
    severity: z.string().max(8),
    status: z.string().max(20),
    type: z.string().max(64),
  }),
  /** The brief this one follows (the last acknowledged); records since then are drafted. */
  previousBriefId: idField.optional(),
  /** Records from this moment on went into the draft. */
  coversFrom: isoTimeField,
  /** When the outgoing lead's shift ends, from the on-call rotation, when known. */
  shiftEndsAt: isoTimeField.optional(),
  situation: z.string().max(5000),
  objectives: briefItems,
  actions: briefItems,
  organisation: z
    .array(
      z.strictObject({
        role: z.string().max(64),
        roleLabel: z.string().max(120),
        personId: idField,
        name: z.string().max(200),
        isNew: z.boolean(),
      }),
    )
    .max(50),
  resources: briefItems,
  openTasks: briefItems,
  pendingDecisions: briefItems,
  risks: briefItems,
  nextUpdates: briefItems,
  note: z.string().max(5000),
  /** What changed since the previous brief, in words. */
  changes: z.array(shortText).max(50),
  /** The incoming lead's questions, given with the acknowledgement. */
  questions: z.string().max(5000).optional(),
  withdrawnReason: shortText.optional(),
  /** `<outgoing lead>@<shift end>`: the reminder for that shift was given (never twice). */
  reminderKey: z.string().max(120).optional(),
  reminderSentAt: isoTimeField.optional(),
  draftedAt: isoTimeField,
  updatedAt: isoTimeField,
  submittedAt: isoTimeField.optional(),
  acknowledgedAt: isoTimeField.optional(),
  withdrawnAt: isoTimeField.optional(),
  hlc: hlcField,
});

export type HandoffDoc = z.infer<typeof handoffShape>;
export type HandoffStatus = (typeof HANDOFF_STATUSES)[number];
export type BriefItem = HandoffDoc['objectives'][number];
export type OrganisationLine = HandoffDoc['organisation'][number];
