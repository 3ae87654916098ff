import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useIncident } from '../../app/db/lanternQueries.ts';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderInLantern } from '../../test/renderInLantern.testHelpers.tsx';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { PlaybookSection } from './PlaybookSection.tsx';

const MINUTE = 60_000;

/** The playbook panel over the live incident, at an injected time. */
function PlaybookAt({ incidentId, now }: { incidentId: string; now: number }) {
  const { incident } = useIncident(incidentId);
  return incident ? <PlaybookSection incident={incident} now={now} readOnly={false} /> : null;
}

describe('playbook and escalation panels', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('marks a step past its due time OVERDUE in words, ticks its checklist and completes it', async () => {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Unclear outage', severity: 'SEV3', type: 'other' },
      as(DEMO.commander),
    );
    const attachedAt = Date.parse(incident.playbook?.attachedAt ?? '');
    renderInLantern(
      lantern,
      <PlaybookAt incidentId={incident.id} now={attachedAt + 15 * MINUTE} />,
      DEMO.commander,
    );
    const panel = await screen.findByRole('region', { name: 'Playbook' });
    const [first, second] = await within(panel).findAllByTestId('playbook-step');
    expect(first?.textContent).toContain('OVERDUE');
    expect(first?.textContent).toContain('Owner: Incident Commander');
    expect(second?.textContent).not.toContain('OVERDUE');

    const [checkbox] = within(first as HTMLElement).getAllByRole('checkbox');
    fireEvent.click(checkbox as HTMLElement);
    await waitFor(() => expect(first?.textContent).toContain('Checklist 1/'));

    fireEvent.click(within(first as HTMLElement).getByRole('button', { name: /^Complete step/ }));
    await waitFor(() =>
      expect(within(panel).getAllByTestId('playbook-step')[0]?.textContent).toContain('Done'),
    );
    expect(within(panel).getAllByTestId('playbook-step')[0]?.textContent).not.toContain('OVERDUE');
    expect(panel.textContent).toContain('1 of 3 steps done');
  });

  it('starts an escalation, shows the level and who is paged, and asks the commander to confirm before acknowledging someone else’s page', async () => {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      {
        title: 'Card payments failing',
        severity: 'SEV2',
        type: 'availability',
        serviceIds: ['payments-gateway'],
      },
      as(DEMO.commander),
    );
    renderLantern(lantern, { personId: DEMO.commander, route: `/incidents/${incident.id}` });
    const panel = await screen.findByRole('region', { name: 'Escalation' });
    expect(panel.textContent).toContain('Nobody is being paged');

    fireEvent.click(within(panel).getByRole('button', { name: 'Start escalation' }));

    await waitFor(() => expect(panel.textContent).toContain('Level 1 of 3'));
    expect(panel.textContent).toContain('Payments tier-1 major incident');
    // At the test clock's instant the payments rotation's first participant holds the week.
    expect(panel.textContent).toContain('Paged nowSofia Marchetti');
    expect(within(panel).getByTestId('escalation-countdown').textContent).toMatch(/^in \d+:\d\d$/);
    const acknowledge = within(panel).getByRole('button', { name: 'Acknowledge page' });
    expect((acknowledge as HTMLButtonElement).disabled).toBe(false);

    // The page went to Sofia: the commander acknowledging it must first confirm it is them (step-up).
    fireEvent.click(acknowledge);
    const toast = await screen.findByTestId('toast');
    expect(toast.textContent).toContain('Confirm it is you with your PIN or passphrase');
    expect(panel.textContent).not.toContain('Acknowledged by');
  });
});
