import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { kindStore } from '../../../../shared/store/kindStore.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

const START = Date.UTC(2026, 0, 5, 14, 0, 0);

describe('metric streams view', () => {
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

  it('shows each stream’s latest value with its zone, expected range and anomalies; a person sets its sensitivity', async () => {
    const { id } = await lantern.bridge.sendCommand(
      'createAlertIntegration',
      { source: 'metrics', name: 'Prometheus' },
      { kind: 'person', id: personId },
    );
    const point = (i: number, value: number, score: number) => ({
      stream: 'checkout.latency_p99',
      at: START + i * 10_000,
      value,
      score,
      expectedLow: 90,
      expectedHigh: 110,
    });
    await lantern.bridge.sendCommand(
      'recordMetricPoints',
      { integrationId: id, points: [point(0, 100, 0.1), point(1, 101, 0.2), point(2, 180, 0.95)] },
      { kind: 'integration', id },
    );
    renderLantern(lantern, { route: '/alerts/streams', personId });
    const panel = await screen.findByRole(
      'region',
      { name: 'checkout.latency_p99' },
      { timeout: 5000 },
    );
    expect(within(panel).getByText('anomaly alert open')).toBeTruthy();
    expect(
      within(panel).getByText(
        'Latest 180 at 14:00:20 UTC, expected 90 to 110 · 1 anomaly in the last 3 points · alerts at score 0.69 or more',
      ),
    ).toBeTruthy();
    const form = within(panel).getByRole('form', { name: 'Sensitivity of checkout.latency_p99' });
    fireEvent.change(within(form).getByLabelText(/Alert at score/), { target: { value: '0.97' } });
    fireEvent.change(within(form).getByLabelText('Reason for the change'), {
      target: { value: 'Spiky after deploys' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Set sensitivity' }));
    await waitFor(
      () => expect(within(panel).getByText(/0 anomalies in the last 3 points/)).toBeTruthy(),
      { timeout: 5000 },
    );
    const [stream] = await kindStore(lantern.database).find('metricStreams', {});
    expect(stream).toMatchObject({ alertScore: 0.97, alertScoreSetBy: `person:${personId}` });
  });
});
