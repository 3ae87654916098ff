import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField } from './fields.ts';

export const COMMUNICATION_LOG_ACTIONS = [
  'drafted',
  'edited',
  'approval-requested',
  'commented',
  'changes-requested',
  'approved',
  'approval-overridden',
  'sent',
  'delivery-attempt',
  'delivered',
  'delivery-retry',
  'delivery-failed',
  'delivery-suppressed',
  'delivery-in-doubt',
  'delivery-resolved',
  'cadence-set',
  'update-due',
  'update-overdue',
] as const;
export type CommunicationLogAction = (typeof COMMUNICATION_LOG_ACTIONS)[number];

/**
 * The communications record: one entry per draft, edit, review, send and
 * delivery result. Append-only, never updated; exportable per incident.
 */
const communicationLogSchemaLiteral = {
  title: 'communicationLog',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    incidentId: idField,
    communicationId: idField,
    hlc: hlcField,
    at: isoTimeField,
    action: { type: 'string', enum: [...COMMUNICATION_LOG_ACTIONS], maxLength: 24 },
    actorId: { type: 'string', maxLength: 80 },
    actorKind: { type: 'string', enum: ['person', 'integration', 'system'], maxLength: 12 },
    nodeId: idField,
    text: { type: 'string', minLength: 1, maxLength: 5000 },
    /** The approver role acted for, the delivery key, the content hash — whichever applies. */
    role: { type: 'string', maxLength: 64 },
    deliveryKey: { type: 'string', maxLength: 200 },
    contentHash: { type: 'string', maxLength: 80 },
    comment: { type: 'string', maxLength: 5000 },
  },
  required: [
    'id',
    'incidentId',
    'communicationId',
    'hlc',
    'at',
    'action',
    'actorId',
    'nodeId',
    'text',
  ],
  indexes: [['incidentId', 'hlc']],
  additionalProperties: false,
} as const;

export type CommunicationLogDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof communicationLogSchemaLiteral>
>;
export const communicationLogSchema: RxJsonSchema<CommunicationLogDoc> =
  communicationLogSchemaLiteral;
