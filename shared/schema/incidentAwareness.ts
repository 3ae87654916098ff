import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * When the organisation became aware of an incident, when that was before
 * it was declared (a breach seen in triage hours earlier): the legal clocks
 * run from it. One document per incident (id `<incidentId>:awareness`); a
 * correction replaces the whole `awareness` field and the timeline keeps
 * every earlier value.
 */
export const incidentAwarenessShape = z.strictObject({
  id: idField,
  incidentId: idField,
  awareness: z.strictObject({
    at: isoTimeField,
    reason: z.string().max(1000),
    recordedBy: idField,
    recordedAt: isoTimeField,
  }),
  hlc: hlcField,
});

export type IncidentAwarenessDoc = z.infer<typeof incidentAwarenessShape>;
