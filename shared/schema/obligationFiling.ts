import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * That a regulatory obligation of an incident was met: one document per
 * incident and obligation (id `<incidentId>:<obligationId>`), so two people
 * recording the same filing on two nodes converge on one record. The filing
 * is one field, so a merge never mixes one person's time with another's
 * recipient.
 */
export const obligationFilingShape = z.strictObject({
  id: idField,
  incidentId: idField,
  obligationId: z.string().max(40),
  filing: z.strictObject({
    /** When the notification was sent to the authority (as the person said). */
    filedAt: isoTimeField,
    /** Who or which authority it was sent to. */
    recipient: z.string().max(200),
    /** The authority's case number or the submission's reference, if any. */
    reference: z.string().max(200).optional(),
    recordedBy: idField,
    recordedAt: isoTimeField,
  }),
  hlc: hlcField,
});

export type ObligationFilingDoc = z.infer<typeof obligationFilingShape>;
