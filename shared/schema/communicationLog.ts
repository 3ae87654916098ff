import { z } from 'zod';
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
  'delivered-by-hand',
  'paged',
  'page-acknowledged',
] as const;
export type CommunicationLogAction = (typeof COMMUNICATION_LOG_ACTIONS)[number];

/**
 * The communications record: one entry per draft, edit, review, send and
 * delivery result. Append-only, never updated; exportable per incident.
 */
export const communicationLogShape = z.strictObject({
  id: idField,
  incidentId: idField,
  communicationId: idField,
  hlc: hlcField,
  at: isoTimeField,
  action: z.enum(COMMUNICATION_LOG_ACTIONS),
  actorId: z.string().max(80),
  actorKind: z.enum(['person', 'integration', 'system']).optional(),
  nodeId: idField,
  text: z.string().min(1).max(5000),
  /** The approver role acted for, the delivery key, the content hash — whichever applies. */
  role: z.string().max(64).optional(),
  deliveryKey: z.string().max(200).optional(),
  contentHash: z.string().max(80).optional(),
  comment: z.string().max(5000).optional(),
});

export type CommunicationLogDoc = z.infer<typeof communicationLogShape>;
