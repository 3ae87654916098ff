import { describe, expect, it } from 'vitest';
import { vendorSlaClocks } from '../../../shared/ownership/vendors/slaClocks.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { createFrameworkTestNode } from '../commands/frameworkNode.testHelpers.ts';

const CLOUD_DB = {
  name: 'CloudDB Inc',
  contractReference: 'MSA-2026-14',
  serviceIds: ['ledger-db'],
  contacts: [
    {
      name: 'CloudDB NOC',
      role: 'Support desk',
      phone: '+15005550006',
      hours: '24/7',
      escalationLevel: 1,
    },
    { name: 'Rita Duty Manager', role: 'Duty manager', hours: '24/7', escalationLevel: 2 },
  ],
  slas: [{ severity: 'SEV1', respondMinutes: 30, restoreMinutes: 240, updateEveryMinutes: 60 }],
};

async function setup() {
  const node = await createFrameworkTestNode();
  const vendor = await node.run('registerVendor', CLOUD_DB);
  const incident = (await node.run('declareIncident', {
    title: 'Ledger down',
    severity: 'SEV1',
  })) as {
    id: string;
  };
  return { ...node, vendor, incident, store: kindStore(node.database) };
}

describe('vendors in the response', () => {
  it('engaging a vendor starts its SLA clocks on the timeline; a late response shows as met late; contacts and commitments are kept', async () => {
    const { run, vendor, incident, clock, timeline } = await setup();
    const engagement = await run('engageVendor', {
      incidentId: incident.id,
      vendorId: vendor.id,
      ticketNumber: 'CDB-991',
    });
    expect((await timeline(incident.id)).map((e) => e.text)).toContainEqual(
      'Vendor CloudDB Inc engaged (SEV1 SLA: respond within 30 min, restore within 240 min, update every 60 min), ticket CDB-991',
    );
    clock.now = new Date(clock.now.getTime() + 31 * 60_000);
    expect(vendorSlaClocks(engagement, clock.now)[0]?.state).toBe('breached');
    const answered = await run('recordVendorContact', {
      engagementId: engagement.id,
      channel: 'call',
      kind: 'response',
      summary: 'Failover under way',
      commitment: {
        text: 'Replica promoted',
        dueAt: new Date(clock.now.getTime() + 20 * 60_000).toISOString(),
      },
    });
    expect(answered.respondedAt).toBe(clock.now.toISOString());
    expect(answered.commitments).toHaveLength(1);
    expect(vendorSlaClocks(answered, clock.now).map((c) => `${c.name}:${c.state}`)).toEqual([
      'respond:met-late',
      'restore:running',
      'update:running',
    ]);
  });

  it('refuses what the contract does not cover, a second engagement, and non-administrators registering vendors', async () => {
    const { run, refusal, vendor, incident } = await setup();
    const sev3 = (await run('declareIncident', { title: 'Slow reports', severity: 'SEV3' })) as {
      id: string;
    };
    expect(
      (await refusal(run('engageVendor', { incidentId: sev3.id, vendorId: vendor.id }))).message,
    ).toContain('no SLA for SEV3');
    await run('engageVendor', { incidentId: incident.id, vendorId: vendor.id });
    expect(
      (await refusal(run('engageVendor', { incidentId: incident.id, vendorId: vendor.id }))).code,
    ).toBe('conflict');
    expect((await refusal(run('registerVendor', CLOUD_DB, 'dana'))).code).toBe('forbidden');
    const bad = await refusal(
      run('registerVendor', { ...CLOUD_DB, slas: [{ ...CLOUD_DB.slas[0], restoreMinutes: 10 }] }),
    );
    expect(bad.problems).toEqual([
      { field: 'slas.0.restoreMinutes', reason: 'restoring cannot be due before responding' },
    ]);
  });
});
