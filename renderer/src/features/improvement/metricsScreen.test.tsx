import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('response metrics screen', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  async function declareAndResolve(minutes: number) {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Card payments failing', severity: 'SEV2', type: 'availability' },
      as(DEMO.commander),
    );
    lantern.clock.advance(minutes * 60_000);
    await lantern.bridge.sendCommand(
      'changeIncidentStatus',
      { incidentId: incident.id, status: 'resolved', resolutionSummary: 'Rolled back the release' },
      as(DEMO.commander),
    );
    return incident;
  }

  const tile = (label: string) => {
    const term = screen.getByText(label, { selector: 'dt' });
    if (!term.parentElement) throw new Error(`no tile for ${label}`);
    return term.parentElement;
  };

  it('moves MTTR live when an incident resolves, and lists the missing page as incomplete', async () => {
    await declareAndResolve(90);
    renderLantern(lantern, { route: '/metrics', personId: DEMO.commander });
    await screen.findByRole('heading', { name: 'Response metrics' });
    await waitFor(() => expect(within(tile('MTTR')).getByText('1 h 30 min')).toBeTruthy());
    expect(within(tile('Real incidents')).getByText('1')).toBeTruthy();
    await declareAndResolve(30);
    await waitFor(() => expect(within(tile('MTTR')).getByText('1 h 00 min')).toBeTruthy());
    expect(within(tile('Real incidents')).getByText('2')).toBeTruthy();
    const incomplete = screen.getByRole('region', { name: /Incomplete records \(2\)/ });
    expect(within(incomplete).getAllByText(/Time to acknowledge: nobody was paged/)).toHaveLength(
      2,
    );
  });

  it('gives every chart its numbers as a table, with months in the zone shown', async () => {
    await declareAndResolve(45);
    renderLantern(lantern, { route: '/metrics', personId: DEMO.commander });
    const trend = await screen.findByTestId('trend-resolve');
    expect(within(trend).getByRole('heading').textContent).toBe('Time to resolve per month (UTC)');
    const table = within(trend).getByRole('table', { hidden: true });
    await waitFor(() =>
      expect(within(table).getAllByText('45 min', { exact: true }).length).toBe(2),
    );
    expect(within(table).getByText('Month (UTC)')).toBeTruthy();
    expect(within(trend).getByRole('button', { name: /Export CSV/ })).toBeTruthy();
    const severity = screen.getByTestId('by-severity');
    expect(within(severity).getAllByText('SEV2 Major').length).toBeGreaterThan(0);
  });

  it('shows the month’s numbers on the wall panel', async () => {
    await declareAndResolve(20);
    renderLantern(lantern, { route: '/metrics/wall', personId: DEMO.commander });
    const wall = await screen.findByTestId('metrics-wall');
    expect(within(wall).getByRole('heading').textContent).toMatch(
      /^Response this month — \d{4}-\d{2} \(UTC\)$/,
    );
    await waitFor(() => expect(within(wall).getAllByText('20 min').length).toBe(2));
  });
});
