import { z } from 'zod';
import { TIMELINE_KINDS } from '../domain/incident.ts';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * One entry on an incident's shared timeline. Append-only: never updated or
 * deleted; a correction is a new entry that names the one it corrects.
 */
export const timelineEntryShape = z.strictObject({
  id: idField,
  incidentId: idField,
  hlc: hlcField,
  /** When it was written (the node's clock). */
  at: isoTimeField,
  /** A backdated entry: when what it records happened, as the author said; `at` stays the writing time. */
  occurredAt: isoTimeField.optional(),
  kind: z.enum(TIMELINE_KINDS),
  text: z.string().min(1).max(10000),
  actorId: idField,
  /** person, integration (an API caller) or system (the node itself). */
  actorKind: z.enum(['person', 'integration', 'system']).optional(),
  nodeId: idField,
  starred: z.boolean(),
  corrects: idField.optional(),
});

export type TimelineEntryDoc = z.infer<typeof timelineEntryShape>;
