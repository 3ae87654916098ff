import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { declare } from '../../test/seed.testHelpers.ts';
import { createTestClock } from '../../test/testClock.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('the obligations screen', () => {
  let lantern: TestLantern;
  let commanderId: string;

  beforeEach(async () => {
    lantern = await createTestLantern({
      clock: createTestClock(Date.parse('2026-03-27T10:00:00Z')),
    });
    // The demo organisation with the classification criteria adopted: incident types raise their flags.
    await seedDemoCommand(lantern);
    commanderId = DEMO.commander;
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('shows a breach’s clocks and marks one met when a person records its filing', async () => {
    const incident = await declare(lantern, commanderId, {
      title: 'Card data exfiltrated',
      severity: 'SEV1',
      type: 'security-breach',
    });
    lantern.clock.advance(60 * 60_000);
    renderLantern(lantern, {
      route: `/incidents/${incident.id}/obligations`,
      personId: commanderId,
    });
    const dora = within(await screen.findByTestId('dora-initial'));
    expect(dora.getByText(/Due/)).toBeTruthy();
    expect(dora.getByText(/3 h 00 min left/)).toBeTruthy();
    // Under four hours left is urgent (red); three days are not.
    expect(screen.getByTestId('dora-initial').classList.contains('obligation-urgent')).toBe(true);
    expect(screen.getByTestId('gdpr-33').classList.contains('obligation-urgent')).toBe(false);
    const gdpr = within(screen.getByTestId('gdpr-33'));
    expect(gdpr.getByText(/2 d 23 h 00 min left/)).toBeTruthy();
    expect(within(screen.getByTestId('nis2-final-report')).getByText('Waiting')).toBeTruthy();

    fireEvent.change(dora.getByLabelText('Sent to'), { target: { value: 'BaFin' } });
    fireEvent.change(dora.getByLabelText('Reference (optional)'), { target: { value: 'BF-17' } });
    fireEvent.click(dora.getByRole('button', { name: 'Record as filed' }));
    await waitFor(() =>
      expect(dora.getByText(/Filed with BaFin at .* \(reference BF-17\)/)).toBeTruthy(),
    );
    expect(dora.getByText(/filed 3 h 00 min before the deadline/)).toBeTruthy();
    expect(dora.queryByRole('button', { name: 'Record as filed' })).toBeNull();
  });

  it('the incident view links to the clocks, counting what is open and what is overdue', async () => {
    const breach = await declare(lantern, commanderId, {
      title: 'Card data exfiltrated',
      severity: 'SEV1',
      type: 'security-breach',
    });
    const quiet = await declare(lantern, commanderId, { title: 'Slow wiki', severity: 'SEV4' });
    // Five hours on, DORA's four-hour initial notification is overdue.
    lantern.clock.advance(5 * 60 * 60_000);
    renderLantern(lantern, { route: `/incidents/${breach.id}`, personId: commanderId });
    const link = await screen.findByTestId('open-obligations');
    const line = link.closest('p') as HTMLElement;
    expect(line.textContent).toMatch(/open\)/);
    expect(within(line).getByRole('status').textContent).toContain('DORA');
    cleanup();

    renderLantern(lantern, { route: `/incidents/${quiet.id}`, personId: commanderId });
    expect(await screen.findByRole('heading', { name: 'Slow wiki' })).toBeTruthy();
    expect(screen.queryByTestId('open-obligations')).toBeNull();
  });

  it('follows a corrected awareness: the clocks move earlier and the screen says why', async () => {
    const incident = await declare(lantern, commanderId, {
      title: 'Card data exfiltrated',
      severity: 'SEV1',
      type: 'security-breach',
    });
    lantern.clock.advance(60 * 60_000);
    renderLantern(lantern, {
      route: `/incidents/${incident.id}/obligations`,
      personId: commanderId,
    });
    const dora = within(await screen.findByTestId('dora-initial'));
    expect(dora.getByText(/3 h 00 min left/)).toBeTruthy();
    await lantern.bridge.sendCommand(
      'correctAwareness',
      { incidentId: incident.id, at: '2026-03-27T08:00:00Z', reason: 'SIEM alert seen in triage' },
      { kind: 'person', id: commanderId },
    );
    await waitFor(() => expect(dora.getByText(/1 h 00 min left/)).toBeTruthy());
    expect(screen.getByTestId('awareness').textContent).toContain(
      'corrected: SIEM alert seen in triage',
    );
  });

  it('says when no clock runs', async () => {
    const incident = await declare(lantern, commanderId, {
      title: 'Slow search',
      severity: 'SEV3',
      type: 'performance',
    });
    renderLantern(lantern, {
      route: `/incidents/${incident.id}/obligations`,
      personId: commanderId,
    });
    expect(await screen.findByText('No regulatory clock runs for this incident')).toBeTruthy();
  });
});
