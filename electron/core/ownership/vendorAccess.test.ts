import { describe, expect, it } from 'vitest';
import { grantAllows, grantState } from '../../../shared/ownership/vendors/accessGrants.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

async function setup() {
  const node = await createFrameworkTestNode();
  const vendor = await node.run('registerVendor', {
    name: 'CloudDB Inc',
    serviceIds: [],
    contacts: [{ name: 'NOC', role: 'Support', hours: '24/7', escalationLevel: 1 }],
    slas: [{ severity: 'SEV1', respondMinutes: 30, restoreMinutes: 240, updateEveryMinutes: 60 }],
  });
  const incident = (await node.run('declareIncident', {
    title: 'Ledger down',
    severity: 'SEV1',
  })) as {
    id: string;
  };
  const hoursFromNow = (hours: number) =>
    new Date(node.clock.now.getTime() + hours * 3_600_000).toISOString();
  const grant = (expiresAt: string, as: 'ada' | 'dana' = 'ada') =>
    node.run(
      'grantVendorAccess',
      {
        incidentId: incident.id,
        vendorId: vendor.id,
        engineerName: 'Vic Vendor',
        reason: 'Failover',
        expiresAt,
      },
      as,
    );
  return { ...node, incident, grant, hoursFromNow };
}

describe('vendor access: one incident, for a limited time, approved', () => {
  it('is active until its expiry, flagged in the last hour, and refused after it on this node’s clock', async () => {
    const { grant, hoursFromNow, clock, incident, timeline } = await setup();
    const given = await grant(hoursFromNow(2));
    expect(grantAllows(given, incident.id, clock.now)).toBe(true);
    expect(grantAllows(given, 'inc-other', clock.now)).toBe(false);
    expect(
      (await timeline(incident.id)).some(
        (e) => e.kind === 'decision' && e.text.includes('Vic Vendor'),
      ),
    ).toBe(true);
    clock.now = new Date(clock.now.getTime() + 90 * 60_000);
    expect(grantState(given, clock.now)).toBe('expiring');
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    expect(grantState(given, clock.now)).toBe('expired');
    expect(grantAllows(given, incident.id, clock.now)).toBe(false);
  });

  it('refuses an expiry beyond the policy maximum or in the past, and approvers who are neither commander nor administrator', async () => {
    const { grant, hoursFromNow, refusal } = await setup();
    expect((await refusal(grant(hoursFromNow(13)))).problems[0]?.field).toBe('expiresAt');
    expect((await refusal(grant(hoursFromNow(-1)))).problems[0]?.field).toBe('expiresAt');
    expect((await refusal(grant(hoursFromNow(1), 'dana'))).code).toBe('forbidden');
  });

  it('revoked access ends at once; revoking twice is refused', async () => {
    const { grant, hoursFromNow, run, refusal, clock, incident } = await setup();
    const given = await grant(hoursFromNow(4));
    const revoked = await run('revokeVendorAccess', { grantId: given.id });
    expect(grantAllows(revoked, incident.id, clock.now)).toBe(false);
    expect((await refusal(run('revokeVendorAccess', { grantId: given.id }))).code).toBe('conflict');
  });
});
