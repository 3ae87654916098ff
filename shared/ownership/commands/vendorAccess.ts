import { z } from 'zod';
import { administratorsOf } from '../../commands/administrators.ts';
import { defineCommand, type CommandReads } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { timelineWrite } from '../../commands/timelineEntry.ts';
import { commanderOf } from '../../handoffs/briefCommandSupport.ts';
import type { IncidentDoc } from '../../schema/incident.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import type { VendorAccessGrantDoc } from '../../schema/vendorAccess.ts';
import { grantState, VENDOR_ACCESS_MAX_HOURS } from '../vendors/accessGrants.ts';

export const grantVendorAccessInput = z.strictObject({
  incidentId: idField,
  vendorId: idField,
  engineerName: z.string().trim().min(1).max(200),
  engineerEmail: z.email().max(200).optional(),
  reason: z.string().trim().min(1).max(1000),
  expiresAt: isoTimeField,
});

/** Who may approve vendor access on an incident: its commander, or an administrator. */
async function mayApprove(reads: CommandReads, incident: IncidentDoc, personId: string) {
  if (commanderOf(incident) === personId) return true;
  const [workspace] = await reads.find('workspaces', {});
  return workspace ? administratorsOf(workspace).includes(personId) : false;
}

/** The approver grants a vendor engineer access to one incident until a time no later than the policy allows. */
export const grantVendorAccess = defineCommand({
  name: 'grantVendorAccess',
  summary:
    'Give a vendor engineer time-limited access to one incident (commander or administrator)',
  input: grantVendorAccessInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person approves vendor access');
    const incident = await reads.get('incidents', input.incidentId);
    if (!incident) throw notFound('incident', input.incidentId);
    const vendor = await reads.get('vendors', input.vendorId);
    if (!vendor) throw notFound('vendor', input.vendorId);
    if (!(await mayApprove(reads, incident, context.actor.id)))
      throw forbidden(
        `Only ${incident.reference}'s commander or an administrator approves vendor access`,
      );
    const expires = Date.parse(input.expiresAt);
    const latest = context.now.getTime() + VENDOR_ACCESS_MAX_HOURS * 3_600_000;
    if (expires <= context.now.getTime() || expires > latest)
      throw invalidInput([
        {
          field: 'expiresAt',
          reason: `after now and at most ${VENDOR_ACCESS_MAX_HOURS} hours from now`,
        },
      ]);
    const grant: VendorAccessGrantDoc = {
      id: context.newId('vag'),
      hlc: context.nextHlc(),
      incidentId: incident.id,
      vendorId: vendor.id,
      engineerName: input.engineerName,
      ...(input.engineerEmail ? { engineerEmail: input.engineerEmail } : {}),
      reason: input.reason,
      approvedBy: context.actor.id,
      grantedAt: context.now.toISOString(),
      expiresAt: new Date(expires).toISOString(),
    };
    const text = `Access for ${input.engineerName} (${vendor.name}) until ${grant.expiresAt}: ${input.reason}`;
    return {
      writes: [
        { kind: 'vendorAccessGrants', document: grant },
        timelineWrite(context, incident.id, 'decision', text),
      ],
      result: grant,
    };
  },
});

export const revokeVendorAccessInput = z.strictObject({ grantId: idField });

/** Access ends now rather than at its expiry. */
export const revokeVendorAccess = defineCommand({
  name: 'revokeVendorAccess',
  summary: "End a vendor engineer's access before it expires",
  input: revokeVendorAccessInput,
  permission: 'person',
  async plan(reads, input, context) {
    if (context.actor.kind !== 'person') throw forbidden('A person revokes vendor access');
    const grant = await reads.get('vendorAccessGrants', input.grantId);
    if (!grant) throw notFound('vendor access grant', input.grantId);
    const state = grantState(grant, context.now);
    if (state === 'revoked' || state === 'expired')
      throw conflict(`This access already ${state === 'revoked' ? 'was revoked' : 'expired'}`);
    const revoked: VendorAccessGrantDoc = {
      ...grant,
      revokedAt: context.now.toISOString(),
      revokedBy: `${context.actor.kind}:${context.actor.id}`,
      hlc: context.nextHlc(),
    };
    return {
      writes: [
        { kind: 'vendorAccessGrants', document: revoked },
        timelineWrite(
          context,
          grant.incidentId,
          'decision',
          `Access for ${grant.engineerName} revoked`,
        ),
      ],
      result: revoked,
    };
  },
});
