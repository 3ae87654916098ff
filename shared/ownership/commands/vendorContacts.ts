import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import {
  VENDOR_CONTACT_CHANNELS,
  VENDOR_CONTACT_KINDS,
  type VendorEngagementDoc,
} from '../../schema/vendor.ts';

export const recordVendorContactInput = z.strictObject({
  engagementId: idField,
  channel: z.enum(VENDOR_CONTACT_CHANNELS),
  kind: z.enum(VENDOR_CONTACT_KINDS),
  summary: z.string().trim().min(1).max(2000),
  ticketNumber: z.string().trim().max(100).optional(),
  /** When it happened, if earlier than now (a call logged after it ended). */
  occurredAt: isoTimeField.optional(),
  /** What the vendor promised in this contact, and by when. */
  commitment: z
    .strictObject({ text: z.string().trim().min(1).max(1000), dueAt: isoTimeField.optional() })
    .optional(),
});

const CONTACT_WORDS = {
  outreach: 'contacted',
  response: 'responded',
  update: 'sent an update',
  restored: 'reports service restored',
};

/** Every call, e-mail or ticket exchange with an engaged vendor; their answers stop SLA clocks. */
export const recordVendorContact = defineCommand({
  name: 'recordVendorContact',
  summary: 'Record a contact with an engaged vendor (call, e-mail, ticket) and any commitment',
  input: recordVendorContactInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person records vendor contacts');
    const engagement = await reads.get('vendorEngagements', input.engagementId);
    if (!engagement) throw notFound('vendor engagement', input.engagementId);
    if (engagement.status === 'released')
      throw conflict(`${engagement.vendorName} was already released from this incident`);
    const at = input.occurredAt ?? context.now.toISOString();
    if (Date.parse(at) > context.now.getTime() || Date.parse(at) < Date.parse(engagement.engagedAt))
      throw invalidInput([{ field: 'occurredAt', reason: 'between the engagement and now' }]);
    const by = `${context.actor.kind}:${context.actor.id}`;
    const contact = {
      id: context.newId('vc'),
      at,
      channel: input.channel,
      kind: input.kind,
      summary: input.summary,
      by,
      ...(input.ticketNumber ? { ticketNumber: input.ticketNumber } : {}),
    };
    const next: VendorEngagementDoc = {
      ...engagement,
      hlc: context.nextHlc(),
      contacts: [...engagement.contacts, contact],
      commitments: input.commitment
        ? [...engagement.commitments, { id: context.newId('vcm'), at, by, ...input.commitment }]
        : engagement.commitments,
      ...(input.kind !== 'outreach' && !engagement.respondedAt ? { respondedAt: at } : {}),
      ...(input.kind === 'restored' && !engagement.restoredAt ? { restoredAt: at } : {}),
      ...(input.ticketNumber && !engagement.ticketNumber
        ? { ticketNumber: input.ticketNumber }
        : {}),
    };
    const promise = input.commitment ? `; commits: ${input.commitment.text}` : '';
    const text = `${engagement.vendorName} ${CONTACT_WORDS[input.kind]} by ${input.channel}: ${input.summary}${promise}`;
    return {
      writes: [
        { kind: 'vendorEngagements', document: next },
        timelineWrite(context, engagement.incidentId, 'note', text, { occurredAt: at }),
      ],
      result: next,
    };
  },
});

export const releaseVendorInput = z.strictObject({
  engagementId: idField,
  reason: z.string().trim().min(1).max(500),
});

/** The vendor is no longer needed: their clocks stop where they stood. */
export const releaseVendor = defineCommand({
  name: 'releaseVendor',
  summary: 'Release an engaged vendor from an incident: its SLA clocks stop',
  input: releaseVendorInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person releases vendors');
    const engagement = await reads.get('vendorEngagements', input.engagementId);
    if (!engagement) throw notFound('vendor engagement', input.engagementId);
    if (engagement.status === 'released')
      throw conflict(`${engagement.vendorName} was already released`);
    const released: VendorEngagementDoc = {
      ...engagement,
      status: 'released',
      releasedAt: context.now.toISOString(),
      hlc: context.nextHlc(),
    };
    return {
      writes: [
        { kind: 'vendorEngagements', document: released },
        timelineWrite(
          context,
          engagement.incidentId,
          'note',
          `${engagement.vendorName} released: ${input.reason}`,
        ),
      ],
      result: released,
    };
  },
});
