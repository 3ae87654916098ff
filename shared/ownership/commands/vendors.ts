import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { SEVERITIES } from '../../domain/severity.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import {
  vendorContactShape,
  vendorSlaShape,
  type VendorDoc,
  type VendorEngagementDoc,
} from '../../schema/vendor.ts';

export const registerVendorInput = z.strictObject({
  name: z.string().trim().min(1).max(200),
  contractReference: z.string().trim().max(200).optional(),
  contractEndsAt: isoTimeField.optional(),
  serviceIds: z.array(idField).max(200),
  contacts: z
    .array(vendorContactShape.omit({ id: true }))
    .min(1)
    .max(50),
  slas: z.array(vendorSlaShape).min(1).max(SEVERITIES.length),
});

/** An administrator records a vendor's contract: its SLAs per severity and whom to call, in order. */
export const registerVendor = defineCommand({
  name: 'registerVendor',
  summary: 'Register a vendor with its SLAs per severity, 24/7 contacts and escalation ladder',
  input: registerVendorInput,
  permission: 'administrator',
  async plan(_reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person registers vendors');
    const severities = input.slas.map((sla) => sla.severity);
    if (new Set(severities).size !== severities.length)
      throw invalidInput([{ field: 'slas', reason: 'one SLA per severity' }]);
    input.slas.forEach((sla, i) => {
      if (sla.restoreMinutes < sla.respondMinutes)
        throw invalidInput([
          {
            field: `slas.${i}.restoreMinutes`,
            reason: 'restoring cannot be due before responding',
          },
        ]);
    });
    const vendor: VendorDoc = {
      id: context.newId('vendor'),
      hlc: context.nextHlc(),
      ...input,
      serviceIds: [...new Set(input.serviceIds)],
      contacts: input.contacts.map((contact, i) => ({ ...contact, id: `contact-${i + 1}` })),
      createdAt: context.now.toISOString(),
      createdBy: `${context.actor.kind}:${context.actor.id}`,
    };
    return { writes: [{ kind: 'vendors', document: vendor }], result: vendor };
  },
});

export const engageVendorInput = z.strictObject({
  incidentId: idField,
  vendorId: idField,
  ticketNumber: z.string().trim().max(100).optional(),
});

/**
 * Bring a vendor into an incident: the SLA for the incident's severity is
 * copied and its clocks start now, on the timeline.
 */
export const engageVendor = defineCommand({
  name: 'engageVendor',
  summary: 'Engage a vendor on an incident: its SLA clocks start on the timeline',
  input: engageVendorInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person engages vendors');
    const incident = await reads.get('incidents', input.incidentId);
    if (!incident) throw notFound('incident', input.incidentId);
    const vendor = await reads.get('vendors', input.vendorId);
    if (!vendor) throw notFound('vendor', input.vendorId);
    const sla = vendor.slas.find((candidate) => candidate.severity === incident.severity);
    if (!sla) throw conflict(`${vendor.name}'s contract has no SLA for ${incident.severity}`);
    const engaged = await reads.find('vendorEngagements', { incidentId: incident.id });
    if (engaged.some((e) => e.vendorId === vendor.id && e.status === 'engaged'))
      throw conflict(`${vendor.name} is already engaged on ${incident.reference}`);
    const at = context.now.toISOString();
    const engagement: VendorEngagementDoc = {
      id: context.newId('veng'),
      hlc: context.nextHlc(),
      incidentId: incident.id,
      vendorId: vendor.id,
      vendorName: vendor.name,
      sla,
      engagedAt: at,
      engagedBy: `${context.actor.kind}:${context.actor.id}`,
      ...(input.ticketNumber ? { ticketNumber: input.ticketNumber } : {}),
      contacts: [],
      commitments: [],
      status: 'engaged',
    };
    const text = `Vendor ${vendor.name} engaged (${sla.severity} SLA: respond within ${sla.respondMinutes} min, restore within ${sla.restoreMinutes} min, update every ${sla.updateEveryMinutes} min)${input.ticketNumber ? `, ticket ${input.ticketNumber}` : ''}`;
    return {
      writes: [
        { kind: 'vendorEngagements', document: engagement },
        timelineWrite(context, incident.id, 'escalation', text),
      ],
      result: engagement,
    };
  },
});
