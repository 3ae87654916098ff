import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('triage queue', () => {
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

  it('lists candidates from critical alerts; dismissing one with a reason takes it off the queue', async () => {
    const { id } = await lantern.bridge.sendCommand(
      'createAlertIntegration',
      { source: 'generic', name: 'Tool' },
      { kind: 'person', id: personId },
    );
    const alert = (summary: string, severity: 'critical' | 'warning') => ({
      source: 'generic' as const,
      dedupKey: summary,
      status: 'firing' as const,
      severity,
      summary,
      labels: { customers_affected: 'many' },
      startsAt: new Date(lantern.clock.now()).toISOString(),
      links: [],
      raw: {},
    });
    await lantern.bridge.sendCommand(
      'ingestAlerts',
      {
        integrationId: id,
        alerts: [alert('Checkout down', 'critical'), alert('Disk filling', 'warning')],
      },
      { kind: 'integration', id },
    );
    renderLantern(lantern, { route: '/alerts/triage', personId });
    const candidate = await screen.findByRole('region', { name: 'Checkout down' });
    expect(screen.queryByRole('region', { name: 'Disk filling' })).toBeNull();
    expect(
      (within(candidate).getByLabelText('Customers affected') as HTMLSelectElement).value,
    ).toBe('many');
    const dismiss = within(candidate).getByRole('form', { name: 'Dismiss Checkout down' });
    fireEvent.change(within(dismiss).getByLabelText('Reason to dismiss'), {
      target: { value: 'Known flap' },
    });
    fireEvent.click(within(dismiss).getByRole('button', { name: 'Dismiss' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Checkout down' })).toBeNull());
    expect(await screen.findByText('No open candidates.')).toBeTruthy();
  });
});
