import { z } from 'zod';
import { hlcField, idField, isoTimeField, jsonObjectField } from './fields.ts';

/**
 * A running escalation for one incident: the pure state machine's state
 * (shared/escalation) plus what the node's scheduler needs to wake up on
 * time after a restart (`nextDueAt`, indexed).
 */
export const ESCALATION_STATUSES = ['active', 'acknowledged', 'exhausted', 'cancelled'] as const;

export const escalationShape = z.strictObject({
  id: idField,
  incidentId: idField,
  policyId: idField,
  policyName: z.string().max(200),
  status: z.enum(ESCALATION_STATUSES),
  /** EscalationState from shared/escalation, stored as plain JSON. */
  state: jsonObjectField,
  /** When the scheduler must next advance it; empty string when nothing is due. */
  nextDueAt: z.string().max(40),
  startedAt: isoTimeField,
  acknowledgedBy: idField.optional(),
  acknowledgedAt: isoTimeField.optional(),
  /** The node whose scheduler runs this escalation (peers share it; only one pages). */
  ownerNodeId: idField.optional(),
  hlc: hlcField,
});

export type EscalationDoc = z.infer<typeof escalationShape>;
