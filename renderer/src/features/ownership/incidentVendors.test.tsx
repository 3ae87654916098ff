import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('vendors on an incident', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern, 'Yusuf Demir');
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  async function incidentWithVendor() {
    const actor = { kind: 'person' as const, id: personId };
    const vendor = await lantern.bridge.sendCommand(
      'registerVendor',
      {
        name: 'CloudDB Inc',
        serviceIds: [],
        contacts: [{ name: 'NOC', role: 'Support', hours: '24/7', escalationLevel: 1 }],
        slas: [
          { severity: 'SEV1', respondMinutes: 30, restoreMinutes: 240, updateEveryMinutes: 60 },
        ],
      },
      actor,
    );
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Ledger down', severity: 'SEV1' },
      actor,
    );
    return { incidentId: incident.id, vendorId: vendor.id };
  }

  it('engages a vendor: its clocks show with their zone; access ending within the hour is flagged; once past due the breach shows on the incident', async () => {
    const { incidentId, vendorId } = await incidentWithVendor();
    const view = renderLantern(lantern, { route: `/incidents/${incidentId}/vendors`, personId });
    const form = await screen.findByRole('form', { name: 'Engage a vendor' });
    fireEvent.click(within(form).getByRole('button', { name: 'Engage vendor' }));
    const clocks = await screen.findByRole('list', { name: 'SLA clocks of CloudDB Inc' });
    expect(clocks.textContent).toMatch(/Respond by .*UTC.*: 30 min left/);
    await lantern.bridge.sendCommand(
      'grantVendorAccess',
      {
        incidentId,
        vendorId,
        engineerName: 'Vic Vendor',
        reason: 'Failover',
        expiresAt: lantern.clock.iso(45 * 60_000),
      },
      { kind: 'person' as const, id: personId },
    );
    expect(await screen.findByText(/Vic Vendor: until .* EXPIRING within the hour/)).toBeTruthy();
    view.unmount();

    lantern.clock.advance(31 * 60_000);
    renderLantern(lantern, { route: `/incidents/${incidentId}`, personId });
    expect(await screen.findByText(/CloudDB Inc breached SLA/)).toBeTruthy();
  });
});
