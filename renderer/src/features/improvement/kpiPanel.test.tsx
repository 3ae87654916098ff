import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('KPIs on the metrics screen', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  async function slowIncident() {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Card payments failing', severity: 'SEV2', type: 'availability' },
      as(DEMO.commander),
    );
    lantern.clock.advance(90 * 60_000);
    await lantern.bridge.sendCommand(
      'changeIncidentStatus',
      { incidentId: incident.id, status: 'resolved', resolutionSummary: 'Rolled back the release' },
      as(DEMO.commander),
    );
    return incident;
  }

  function fillKpi(target: string) {
    const form = screen.getByRole('form', { name: 'Define a KPI' });
    fireEvent.change(within(form).getByLabelText('Business objective'), {
      target: { value: 'Card payments available 99.95 %' },
    });
    fireEvent.change(within(form).getByLabelText('KPI name'), {
      target: { value: 'Payments MTTR p90' },
    });
    fireEvent.change(within(form).getByLabelText('Target (at most)'), {
      target: { value: target },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Define KPI' }));
    return form;
  }

  it('an administrator defines a KPI; a month over target shows as missed with the incident behind it', async () => {
    const incident = await slowIncident();
    renderLantern(lantern, { route: '/metrics', personId: DEMO.commander });
    await screen.findByRole('heading', { name: 'KPIs against business objectives' });
    fillKpi('60');
    const table = await screen.findByRole('table', { name: /KPIs, this month against target/ });
    const row = within(table).getByRole('row', { name: /Payments MTTR p90/ });
    expect(within(row).getByText('1 h 30 min — missed')).toBeTruthy();
    expect(within(row).getByText('at most 1 h 00 min')).toBeTruthy();
    expect(within(row).getByRole('link', { name: incident.reference })).toBeTruthy();
    expect(within(row).getByText('v1')).toBeTruthy();
  });

  it('shows each KPI against its target on the wall panel', async () => {
    await slowIncident();
    await lantern.bridge.sendCommand(
      'defineKpi',
      {
        objective: 'Card payments available 99.95 %',
        name: 'Payments MTTR p90',
        measure: 'mttr-p90',
        target: 120,
      },
      as(DEMO.commander),
    );
    renderLantern(lantern, { route: '/metrics/wall', personId: DEMO.commander });
    const kpis = await screen.findByRole('list', { name: 'KPIs against target this month' });
    await waitFor(() =>
      expect(within(kpis).getByText('1 h 30 min / target 2 h 00 min — on target')).toBeTruthy(),
    );
  });

  it('refuses a missing target in plain words and defines nothing', async () => {
    renderLantern(lantern, { route: '/metrics', personId: DEMO.commander });
    await screen.findByRole('heading', { name: 'KPIs against business objectives' });
    const form = fillKpi('');
    await waitFor(() =>
      expect(within(form).getAllByText('Target must be a number.').length).toBeGreaterThan(0),
    );
    expect(screen.getByText(/No KPI defined yet/)).toBeTruthy();
  });
});
