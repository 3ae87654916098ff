import { z } from 'zod';
import { SEVERITIES } from '../domain/severity.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** A contract's promise for one severity, in minutes of elapsed time from engagement. */
export const vendorSlaShape = z.strictObject({
  severity: z.enum(SEVERITIES),
  respondMinutes: z.number().int().min(1).max(10_080),
  restoreMinutes: z.number().int().min(1).max(43_200),
  updateEveryMinutes: z.number().int().min(1).max(1_440),
});
export type VendorSla = z.infer<typeof vendorSlaShape>;

export const vendorContactShape = z.strictObject({
  id: idField,
  name: nameField,
  role: z.string().max(200),
  phone: z.string().max(40).optional(),
  email: z.email().max(200).optional(),
  /** Reachable around the clock, or only in the vendor's business hours. */
  hours: z.enum(['24/7', 'business-hours']),
  /** 1 is called first; the ladder climbs when a level does not answer. */
  escalationLevel: z.number().int().min(1).max(9),
});
export type VendorContact = z.infer<typeof vendorContactShape>;

/** A third party the response can bring in, with its contract's SLAs and contacts. */
export const vendorShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  name: nameField,
  contractReference: z.string().max(200).optional(),
  contractEndsAt: isoTimeField.optional(),
  serviceIds: z.array(idField).max(200),
  contacts: z.array(vendorContactShape).min(1).max(50),
  slas: z.array(vendorSlaShape).min(1).max(SEVERITIES.length),
  createdAt: isoTimeField,
  createdBy: z.string().max(80),
});
export type VendorDoc = z.infer<typeof vendorShape>;

export const VENDOR_CONTACT_CHANNELS = ['call', 'email', 'ticket', 'chat'] as const;
/** What the contact was: the vendor's first answer, a status update, or service restored. */
export const VENDOR_CONTACT_KINDS = ['outreach', 'response', 'update', 'restored'] as const;

export const vendorContactRecordShape = z.strictObject({
  id: idField,
  at: isoTimeField,
  channel: z.enum(VENDOR_CONTACT_CHANNELS),
  kind: z.enum(VENDOR_CONTACT_KINDS),
  summary: z.string().max(2000),
  ticketNumber: z.string().max(100).optional(),
  by: z.string().max(80),
});
export type VendorContactRecord = z.infer<typeof vendorContactRecordShape>;

export const vendorCommitmentShape = z.strictObject({
  id: idField,
  at: isoTimeField,
  text: z.string().min(1).max(1000),
  dueAt: isoTimeField.optional(),
  by: z.string().max(80),
});

/**
 * A vendor brought into one incident. The SLA in force is copied at
 * engagement, so a later contract change does not move running clocks.
 * Contacts and commitments are items added on any node (they merge one by one).
 */
export const vendorEngagementShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  incidentId: idField,
  vendorId: idField,
  vendorName: nameField,
  sla: vendorSlaShape,
  engagedAt: isoTimeField,
  engagedBy: z.string().max(80),
  ticketNumber: z.string().max(100).optional(),
  respondedAt: isoTimeField.optional(),
  restoredAt: isoTimeField.optional(),
  contacts: z.array(vendorContactRecordShape).max(500),
  commitments: z.array(vendorCommitmentShape).max(200),
  status: z.enum(['engaged', 'released']),
  releasedAt: isoTimeField.optional(),
});
export type VendorEngagementDoc = z.infer<typeof vendorEngagementShape>;
