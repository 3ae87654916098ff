import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField } from './fields.ts';

const CHANNEL_ENUM = {
  type: 'string',
  enum: ['email', 'sms', 'webhook', 'statuspage'],
  maxLength: 12,
} as const;

/**
 * Stakeholder communications of an incident, two kinds in one collection:
 * a `message` (content, approval, who sends it, per-recipient delivery) and
 * a `cadence` (how often one audience hears, and when the next update is
 * due). Fields that change independently are top-level so sync can merge
 * them field by field. Channel secrets never live here: they are node config.
 */
const communicationSchemaLiteral = {
  title: 'communication',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: ['message', 'cadence'], maxLength: 8 },
    incidentId: idField,
    audienceId: idField,
    createdAt: isoTimeField,
    updatedAt: isoTimeField,
    // message
    templateId: idField,
    external: { type: 'boolean' },
    channels: { type: 'array', items: CHANNEL_ENUM, maxItems: 4 },
    recipients: {
      type: 'array',
      maxItems: 500,
      items: {
        type: 'object',
        properties: {
          id: idField,
          name: { type: 'string', maxLength: 200 },
          channel: CHANNEL_ENUM,
          address: { type: 'string', maxLength: 320 },
        },
        required: ['id', 'name', 'channel', 'address'],
        additionalProperties: false,
      },
    },
    subject: { type: 'string', maxLength: 300 },
    body: { type: 'string', maxLength: 10000 },
    contentHash: { type: 'string', maxLength: 80 },
    draftedBy: idField,
    approval: {
      type: 'object',
      properties: {
        status: {
          type: 'string',
          enum: [
            'not-required',
            'not-requested',
            'in-review',
            'changes-requested',
            'approved',
            'overridden',
          ],
          maxLength: 20,
        },
        mode: { type: 'string', enum: ['sequence', 'parallel'], maxLength: 10 },
        policyId: { type: 'string', maxLength: 64 },
        steps: {
          type: 'array',
          maxItems: 10,
          items: {
            type: 'object',
            properties: {
              role: { type: 'string', maxLength: 64 },
              label: { type: 'string', maxLength: 100 },
              state: {
                type: 'string',
                enum: ['pending', 'approved', 'changes-requested'],
                maxLength: 20,
              },
              by: idField,
              at: isoTimeField,
            },
            required: ['role', 'label', 'state'],
            additionalProperties: false,
          },
        },
        approvedHash: { type: 'string', maxLength: 80 },
      },
      required: ['status', 'mode', 'policyId', 'steps'],
      additionalProperties: false,
    },
    /** Set once by sendCommunication: the node that owns delivering it; no other node sends it. */
    senderNodeId: idField,
    sentBy: idField,
    sentAt: isoTimeField,
    deliveries: {
      type: 'array',
      maxItems: 2000,
      items: {
        type: 'object',
        properties: {
          key: { type: 'string', maxLength: 200 },
          recipientId: idField,
          recipientName: { type: 'string', maxLength: 200 },
          channel: CHANNEL_ENUM,
          address: { type: 'string', maxLength: 320 },
          state: {
            type: 'string',
            enum: ['queued', 'sending', 'delivered', 'failed', 'suppressed', 'in-doubt'],
            maxLength: 12,
          },
          attempts: { type: 'integer', minimum: 0, maximum: 10000 },
          nextAttemptAt: isoTimeField,
          lastAttemptAt: isoTimeField,
          deliveredAt: isoTimeField,
          providerId: { type: 'string', maxLength: 200 },
          error: { type: 'string', maxLength: 1000 },
        },
        required: [
          'key',
          'recipientId',
          'recipientName',
          'channel',
          'address',
          'state',
          'attempts',
        ],
        additionalProperties: false,
      },
    },
    // cadence
    everyMinutes: { type: 'integer', minimum: 5, maximum: 10080 },
    remindBeforeMinutes: { type: 'integer', minimum: 0, maximum: 240 },
    nextDueAt: isoTimeField,
    lastSentAt: isoTimeField,
    remindedFor: isoTimeField,
    overdueNotedFor: isoTimeField,
    /** policy: follows the cadence policy as severity changes; manual: set by a command, kept. */
    source: { type: 'string', enum: ['policy', 'manual'], maxLength: 8 },
    stopped: { type: 'boolean' },
    hlc: hlcField,
  },
  required: ['id', 'kind', 'incidentId', 'audienceId', 'createdAt', 'updatedAt', 'hlc'],
  indexes: [['incidentId', 'createdAt']],
  additionalProperties: false,
} as const;

export type CommunicationDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof communicationSchemaLiteral>
>;
export const communicationSchema: RxJsonSchema<CommunicationDoc> = communicationSchemaLiteral;
