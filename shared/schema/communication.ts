import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

const channelField = z.enum(['email', 'sms', 'webhook', 'statuspage', 'voice', 'push']);

/** A page's own fields: who, why, how they can acknowledge, and whether they did. */
const pageFields = z.strictObject({
  personId: idField,
  escalationId: idField.optional(),
  reason: z.enum(['escalation', 'duty-commander', 'test']),
  severity: z.string().max(8),
  /** Reply with it by SMS to acknowledge. */
  shortCode: z.string().regex(/^\d{6}$/),
  /** SHA-256 of the e-mail link's one-time token; set by the sending node, never the token. */
  linkTokenHash: z.string().max(80).optional(),
  linkExpiresAt: isoTimeField.optional(),
  linkUsedAt: isoTimeField.optional(),
  status: z.enum(['paging', 'acknowledged', 'stopped']),
  acknowledgedBy: idField.optional(),
  acknowledgedAt: isoTimeField.optional(),
  acknowledgedVia: z.enum(['sms', 'voice', 'email', 'app']).optional(),
  /** Someone acknowledged on the paged person's behalf (with confirmation). */
  onBehalfOf: idField.optional(),
});

/**
 * Stakeholder communications of an incident, two kinds in one collection:
 * a `message` (content, approval, who sends it, per-recipient delivery) and
 * a `cadence` (how often one audience hears, and when the next update is
 * due). Fields that change independently are top-level so sync can merge
 * them field by field. Channel secrets never live here: they are node config.
 */
export const communicationShape = z.strictObject({
  id: idField,
  kind: z.enum(['message', 'cadence', 'page']),
  incidentId: idField,
  audienceId: idField,
  createdAt: isoTimeField,
  updatedAt: isoTimeField,
  // message
  templateId: idField.optional(),
  external: z.boolean().optional(),
  channels: z.array(channelField).max(6).optional(),
  recipients: z
    .array(
      z.strictObject({
        id: idField,
        name: z.string().max(200),
        channel: channelField,
        address: z.string().max(320),
      }),
    )
    .max(500)
    .optional(),
  subject: z.string().max(300).optional(),
  body: z.string().max(10000).optional(),
  contentHash: z.string().max(80).optional(),
  draftedBy: idField.optional(),
  approval: z
    .strictObject({
      status: z.enum([
        'not-required',
        'not-requested',
        'in-review',
        'changes-requested',
        'approved',
        'overridden',
      ]),
      mode: z.enum(['sequence', 'parallel']),
      policyId: z.string().max(64),
      steps: z
        .array(
          z.strictObject({
            role: z.string().max(64),
            label: z.string().max(100),
            state: z.enum(['pending', 'approved', 'changes-requested']),
            by: idField.optional(),
            at: isoTimeField.optional(),
          }),
        )
        .max(10),
      approvedHash: z.string().max(80).optional(),
    })
    .optional(),
  /** Set once by sendCommunication: the node that owns delivering it; no other node sends it. */
  senderNodeId: idField.optional(),
  sentBy: idField.optional(),
  sentAt: isoTimeField.optional(),
  deliveries: z
    .array(
      z.strictObject({
        key: z.string().max(200),
        recipientId: idField,
        recipientName: z.string().max(200),
        channel: channelField,
        address: z.string().max(320),
        state: z.enum([
          'queued',
          'sending',
          'delivered',
          'failed',
          'suppressed',
          'in-doubt',
          'stopped',
        ]),
        attempts: z.number().int().min(0).max(10000),
        nextAttemptAt: isoTimeField.optional(),
        lastAttemptAt: isoTimeField.optional(),
        /** Retries stop a bounded time after the first attempt. */
        firstAttemptAt: isoTimeField.optional(),
        /** Delivered by a person outside Lantern (a phone call, in person): who, how, when. */
        byHand: z
          .strictObject({ by: idField, how: z.string().max(300), at: isoTimeField })
          .optional(),
        deliveredAt: isoTimeField.optional(),
        providerId: z.string().max(200).optional(),
        error: z.string().max(1000).optional(),
      }),
    )
    .max(2000)
    .optional(),
  // page (shared/paging): one person paged, through their contact methods' rules
  page: pageFields.optional(),
  // cadence
  everyMinutes: z.number().int().min(5).max(10080).optional(),
  remindBeforeMinutes: z.number().int().min(0).max(240).optional(),
  nextDueAt: isoTimeField.optional(),
  lastSentAt: isoTimeField.optional(),
  remindedFor: isoTimeField.optional(),
  overdueNotedFor: isoTimeField.optional(),
  /** policy: follows the cadence policy as severity changes; manual: set by a command, kept. */
  source: z.enum(['policy', 'manual']).optional(),
  stopped: z.boolean().optional(),
  hlc: hlcField,
});

export type CommunicationDoc = z.infer<typeof communicationShape>;
