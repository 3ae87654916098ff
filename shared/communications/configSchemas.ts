import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import { CommunicationConfigError } from './errors.ts';

const slug = z.string().regex(/^[a-z][a-z0-9-]{0,63}$/, 'ids are lowercase words and dashes');

/** The ways a message leaves the node. The outbox has one channel implementation per entry. */
export const CHANNELS = ['email', 'sms', 'webhook', 'statuspage'] as const;
export type Channel = (typeof CHANNELS)[number];

export const recipient = z
  .object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    channel: z.enum(CHANNELS),
    /** Email address, phone number (E.164), or empty for webhook and status page (configured per node). */
    address: z.string().max(320).default(''),
  })
  .strict();
export type Recipient = z.infer<typeof recipient>;

/** Who hears about an incident, and whether it leaves the organisation (then it needs approval). */
export const audience = z
  .object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    description: z.string().max(1000).default(''),
    external: z.boolean(),
    recipients: z.array(recipient).max(500).default([]),
    /** Members of these teams receive it by email (their profile's address). */
    teamIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  })
  .strict();
export type Audience = z.infer<typeof audience>;

export const communicationTemplate = z
  .object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    audienceId: slug,
    /** Incident types it is written for; empty means every type. */
    incidentTypes: z.array(z.enum(INCIDENT_TYPES)).max(20).default([]),
    subject: z.string().min(1).max(300),
    body: z.string().min(1).max(10000),
  })
  .strict();
export type CommunicationTemplate = z.infer<typeof communicationTemplate>;

export const cadencePolicy = z
  .object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    /** Minutes before an update is due that the owner is reminded. */
    remindBeforeMinutes: z.number().int().min(0).max(240).default(5),
    rules: z
      .array(
        z
          .object({
            severity: z.enum(SEVERITIES),
            audienceId: slug,
            everyMinutes: z.number().int().min(5).max(10080),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type CadencePolicy = z.infer<typeof cadencePolicy>;

export const approverRole = z
  .object({
    id: slug,
    label: z.string().trim().min(1).max(100),
    /** Members of these teams may approve for the role. */
    teamIds: z.array(z.string().min(1).max(64)).max(20).default([]),
    personIds: z.array(z.string().min(1).max(64)).max(50).default([]),
  })
  .strict();
export type ApproverRole = z.infer<typeof approverRole>;

export const approvalPolicy = z
  .object({
    id: slug,
    name: z.string().trim().min(1).max(200),
    /** Sequence: each role in order; parallel: all roles at once, any order. */
    mode: z.enum(['sequence', 'parallel']),
    approvers: z.array(approverRole).min(1).max(10),
    /** Audiences whose messages need this approval; empty means every external audience. */
    audienceIds: z.array(slug).max(50).default([]),
  })
  .strict();
export type ApprovalPolicy = z.infer<typeof approvalPolicy>;

function parser<T>(what: string, schema: z.ZodType<T>) {
  return (input: unknown): T => {
    const parsed = schema.safeParse(input);
    if (!parsed.success) throw CommunicationConfigError.fromZod(what, parsed.error);
    return parsed.data;
  };
}

export const parseAudience = parser('Audience', audience);
export const parseCommunicationTemplate = parser('Communication template', communicationTemplate);
export const parseCadencePolicy = parser('Cadence policy', cadencePolicy);
export const parseApprovalPolicy = parser('Approval policy', approvalPolicy);
