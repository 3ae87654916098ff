import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * One node's lease on its scheduled work (escalation steps, exercise
 * releases, the outbox): renewed through sync by the node itself while it
 * runs. Once `takeoverAt` has passed without a renewal, a connected peer
 * may take the node's work over (shared/scheduling/takeoverRule.ts).
 */
export const schedulerLeaseShape = z.strictObject({
  /** The holder's node id (one lease per node). */
  id: idField,
  nodeId: idField,
  /** Host name of the holder, for people. */
  nodeName: z.string().max(200).optional(),
  renewedAt: isoTimeField,
  /** The holder acts only before this time, by its own clock. */
  expiresAt: isoTimeField,
  /** Expiry plus the holder's clock-skew margin: peers take over only after this. */
  takeoverAt: isoTimeField,
  /** When the holder's current run of renewals began (its start, or its return after a gap). */
  termStartedAt: isoTimeField,
  /** The last peer that took this node's work over, and when (kept after the node returns). */
  takenOverBy: idField.optional(),
  takenOverAt: isoTimeField.optional(),
  hlc: hlcField,
});

export type SchedulerLeaseDoc = z.infer<typeof schedulerLeaseShape>;
