import { z } from 'zod';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/**
 * A vendor engineer's access to one incident, for a limited time. It ends
 * by itself at `expiresAt` on every node (each node compares with its own
 * clock, so a node offline at expiry still refuses afterwards); `revokedAt`
 * ends it earlier.
 */
export const vendorAccessGrantShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  incidentId: idField,
  vendorId: idField,
  engineerName: nameField,
  engineerEmail: z.email().max(200).optional(),
  reason: z.string().min(1).max(1000),
  /** The incident commander or an administrator who approved it. */
  approvedBy: idField,
  grantedAt: isoTimeField,
  expiresAt: isoTimeField,
  revokedAt: isoTimeField.optional(),
  revokedBy: z.string().max(80).optional(),
});
export type VendorAccessGrantDoc = z.infer<typeof vendorAccessGrantShape>;
