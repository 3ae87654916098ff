import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * A running escalation for one incident: the pure state machine's state
 * (shared/escalation) plus what the node's scheduler needs to wake up on
 * time after a restart (`nextDueAt`, indexed).
 */
export const ESCALATION_STATUSES = ['active', 'acknowledged', 'exhausted', 'cancelled'] as const;

const escalationSchemaLiteral = {
  title: 'escalation',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    incidentId: idField,
    policyId: idField,
    policyName: { type: 'string', maxLength: 200 },
    status: { type: 'string', enum: [...ESCALATION_STATUSES], maxLength: 16 },
    /** EscalationState from shared/escalation, stored as plain JSON. */
    state: { type: 'object' },
    /** When the scheduler must next advance it; empty string when nothing is due. */
    nextDueAt: { type: 'string', maxLength: 40 },
    startedAt: isoTimeField,
    acknowledgedBy: idField,
    acknowledgedAt: isoTimeField,
    /** The node whose scheduler runs this escalation (peers share it; only one pages). */
    ownerNodeId: idField,
    hlc: hlcField,
  },
  required: [
    'id',
    'incidentId',
    'policyId',
    'policyName',
    'status',
    'state',
    'nextDueAt',
    'startedAt',
    'hlc',
  ],
  indexes: [['status', 'nextDueAt'], 'incidentId'],
  additionalProperties: false,
} as const;

export type EscalationDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof escalationSchemaLiteral>
>;
export const escalationSchema: RxJsonSchema<EscalationDoc> = escalationSchemaLiteral;
