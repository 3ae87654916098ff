import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { MaintenanceFormError, maintenanceInput, parseLabelMatchers } from './maintenanceForm.ts';

/** YYYY-MM-DDTHH:mm in UTC, as a datetime-local field holds it. */
const utcLocal = (ms: number) => new Date(ms).toISOString().slice(0, 16);

describe('maintenance windows on the alerts screen', () => {
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

  it('schedules a window; a matching alert is hidden as suppressed, shown with the filter; ends early', async () => {
    renderLantern(lantern, { route: '/alerts', personId });
    const now = lantern.clock.now();
    const form = await screen.findByRole('form', { name: 'New maintenance window' });
    const fill = (label: string, value: string) =>
      fireEvent.change(within(form).getByLabelText(label), { target: { value } });
    fill('Window name', 'Checkout DB upgrade');
    fill('Services (comma-separated)', 'checkout');
    fill('Labels (name=value, …)', 'env=prod');
    fill('Time zone', 'UTC');
    fill('From', utcLocal(now - 3_600_000));
    fill('Until', utcLocal(now + 3_600_000));
    fireEvent.click(within(form).getByRole('button', { name: 'Schedule window' }));
    const windows = await screen.findByRole('table', { name: 'Maintenance windows' });
    expect(await within(windows).findByText('Checkout DB upgrade')).toBeTruthy();

    const actor = { kind: 'person' as const, id: personId };
    const { id } = await lantern.bridge.sendCommand(
      'createAlertIntegration',
      { source: 'generic', name: 'Tool' },
      actor,
    );
    const alert = (summary: string, env: string) => ({
      source: 'generic' as const,
      dedupKey: summary,
      status: 'firing' as const,
      severity: 'error' as const,
      summary,
      service: 'checkout',
      labels: { env },
      startsAt: new Date(now).toISOString(),
      links: [],
      raw: {},
    });
    await lantern.bridge.sendCommand(
      'ingestAlerts',
      {
        integrationId: id,
        alerts: [alert('Prod checkout slow', 'prod'), alert('Stage checkout slow', 'stage')],
      },
      { kind: 'integration', id },
    );
    expect(await screen.findByText('Stage checkout slow')).toBeTruthy();
    expect(screen.queryByText('Prod checkout slow')).toBeNull();
    fireEvent.change(screen.getByLabelText('Maintenance'), { target: { value: 'only' } });
    expect(await screen.findByText('Prod checkout slow')).toBeTruthy();
    await waitFor(() => expect(screen.queryByText('Stage checkout slow')).toBeNull());
    expect(screen.getByText('(in maintenance)')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Maintenance'), { target: { value: 'all' } });
    fireEvent.click(screen.getByLabelText('Group by service'));
    const groups = await screen.findByRole('table', { name: 'Alert groups' });
    // Both alerts arrived together on checkout: one group, one batch.
    expect(
      within(groups)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.textContent),
    ).toEqual([expect.stringMatching(/^checkout2.*1$/)]);

    const end = within(windows).getByRole('form', { name: 'End Checkout DB upgrade early' });
    fireEvent.change(within(end).getByLabelText('Reason'), { target: { value: 'Done sooner' } });
    fireEvent.click(within(end).getByRole('button', { name: 'End now' }));
    expect(await within(windows).findByText(/ended early .*Done sooner/)).toBeTruthy();
  });

  it('the form refuses labels without "=" and unknown zones, naming the field', () => {
    expect(parseLabelMatchers('env=prod, team = db')).toEqual([
      { name: 'env', value: 'prod' },
      { name: 'team', value: 'db' },
    ]);
    expect(() => parseLabelMatchers('env')).toThrow(MaintenanceFormError);
    const values = {
      name: 'x',
      services: 'a, b',
      labels: '',
      timeZone: 'Europe/Berlin',
      startsLocal: '2026-07-01T02:00',
      endsLocal: '2026-07-01T04:00',
      weekly: false,
      weekdays: [],
      startTime: '02:00',
      durationMinutes: '60',
    };
    // 02:00 in Berlin in summer is 00:00Z.
    expect(maintenanceInput(values)).toMatchObject({
      services: ['a', 'b'],
      startsAt: '2026-07-01T00:00:00.000Z',
      endsAt: '2026-07-01T02:00:00.000Z',
    });
    expect(() => maintenanceInput({ ...values, timeZone: 'Nowhere/Here' })).toThrow(/time zone/);
  });
});
