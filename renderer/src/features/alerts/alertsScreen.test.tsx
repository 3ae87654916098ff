import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { alertAdapters } from '../../../../shared/alerts/adapters/index.ts';
import * as fixtures from '../../../../shared/alerts/adapters/fixtures.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('alerts screen', () => {
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

  it('creates an integration (key shown once), lists its alerts live and filters them', async () => {
    renderLantern(lantern, { route: '/alerts', personId });
    fireEvent.change(await screen.findByLabelText('Name'), {
      target: { value: 'Prometheus prod' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create integration' }));
    const url = await screen.findByText(/\/api\/v1\/alerts\/lk_/);
    const integrationId = (
      await lantern.bridge.sendCommand(
        'createAlertIntegration',
        { source: 'alertmanager', name: 'b' },
        {
          kind: 'person',
          id: personId,
        },
      )
    ).id;
    expect(url.textContent).toMatch(/lk_[0-9a-f]{40,}/);
    const mapped = alertAdapters.alertmanager(
      fixtures.alertmanagerFiring,
      new Date(lantern.clock.now()).toISOString(),
    );
    if (mapped.kind !== 'alerts') throw new Error('expected alerts');
    await lantern.bridge.sendCommand(
      'ingestAlerts',
      { integrationId, alerts: mapped.alerts },
      { kind: 'integration', id: integrationId },
    );
    const table = await screen.findByRole('table', { name: /alerts, newest first/ });
    expect(await within(table).findByText('Checkout is failing for 5 minutes')).toBeTruthy();
    expect(within(table).getByText('Disk /var is 91% full')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Status'), { target: { value: 'resolved' } });
    await waitFor(() => expect(screen.queryByText('Checkout is failing for 5 minutes')).toBeNull());
    const filtered = await screen.findByRole('table', { name: /alerts, newest first/ });
    expect(within(filtered).getByText('Disk /var is 91% full')).toBeTruthy();
  });
});
