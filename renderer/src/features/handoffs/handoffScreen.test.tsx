import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('shift handoffs in the renderer', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  const declare = () =>
    lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Card payments failing', severity: 'SEV2', type: 'availability' },
      as(DEMO.commander),
    );

  it('lets the commander draft a brief from the records, then shows it with its sections', async () => {
    const incident = await declare();
    renderLantern(lantern, {
      route: `/incidents/${incident.id}/handoff`,
      personId: DEMO.commander,
    });
    const panel = await screen.findByRole('region', { name: 'Draft a handoff brief' });
    await within(panel).findByRole('option', { name: 'Kevin Murphy' });
    fireEvent.change(within(panel).getByLabelText('Incoming lead'), {
      target: { value: DEMO.deputy },
    });
    fireEvent.click(within(panel).getByRole('button', { name: 'Draft handoff brief' }));
    const brief = await screen.findByTestId('brief-view');
    expect(within(brief).getByRole('heading', { level: 2 }).textContent).toBe(
      `Shift handoff — ${incident.reference} brief #1`,
    );
    const organisation = within(brief).getByRole('region', { name: 'Current organisation' });
    expect(organisation.textContent).toContain('Incident Commander: Yusuf Demir');
    expect(await screen.findByRole('form', { name: 'Edit the draft brief' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Submit brief to Kevin Murphy' })).toBeTruthy();
  });

  it('tells the incoming lead nothing is theirs to edit, and offers the acknowledgement', async () => {
    const incident = await declare();
    const brief = await lantern.bridge.sendCommand(
      'draftHandoffBrief',
      { incidentId: incident.id, incomingLeadId: DEMO.deputy },
      as(DEMO.commander),
    );
    await lantern.bridge.sendCommand(
      'submitHandoffBrief',
      { briefId: brief.id },
      as(DEMO.commander),
    );
    renderLantern(lantern, { route: `/incidents/${incident.id}/handoff`, personId: DEMO.deputy });
    expect(
      await screen.findByRole('button', { name: 'Acknowledge and take command' }),
    ).toBeTruthy();
    expect(screen.queryByRole('form', { name: 'Edit the draft brief' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Withdraw/ })).toBeNull();
  });

  it('keeps every brief in the history, and opens an earlier one from it', async () => {
    const incident = await declare();
    const send = lantern.bridge.sendCommand;
    const first = await send(
      'draftHandoffBrief',
      { incidentId: incident.id, incomingLeadId: DEMO.deputy },
      as(DEMO.commander),
    );
    await send(
      'withdrawHandoffBrief',
      { briefId: first.id, reason: 'Shift extended' },
      as(DEMO.commander),
    );
    await send(
      'draftHandoffBrief',
      { incidentId: incident.id, incomingLeadId: DEMO.deputy },
      as(DEMO.commander),
    );
    renderLantern(lantern, { route: `/incidents/${incident.id}/handoff`, personId: DEMO.deputy });
    const history = await screen.findByRole('navigation', { name: 'Brief history' });
    await waitFor(() =>
      expect(within(history).getAllByTestId('brief-history-item')).toHaveLength(2),
    );
    const items = within(history).getAllByTestId('brief-history-item');
    expect(items.map((item) => item.textContent)).toEqual([
      expect.stringMatching(/^Brief #2Draft/),
      expect.stringMatching(/^Brief #1Withdrawn/),
    ]);
    fireEvent.click(items[1] as HTMLElement);
    const brief = await screen.findByRole('region', { name: 'Why it was withdrawn' });
    expect(brief.textContent).toContain('Shift extended');
  });

  it('puts the current shift and the brief on the wall', async () => {
    const incident = await declare();
    const brief = await lantern.bridge.sendCommand(
      'draftHandoffBrief',
      { incidentId: incident.id, incomingLeadId: DEMO.deputy },
      as(DEMO.commander),
    );
    renderLantern(lantern, { route: '/wall' });
    const row = await screen.findByTestId('wall-incident');
    await waitFor(() =>
      expect(within(row).getByTestId('wall-commander').textContent).toContain('Yusuf Demir'),
    );
    await waitFor(() =>
      expect(screen.getByTestId('wall-handoff-brief').textContent).toBe(
        'Brief #1 drafted, not submitted',
      ),
    );
    await lantern.bridge.sendCommand(
      'submitHandoffBrief',
      { briefId: brief.id },
      as(DEMO.commander),
    );
    await waitFor(() =>
      expect(screen.getByTestId('wall-handoff-brief').textContent).toBe(
        'Brief #1 submitted — waiting for Kevin Murphy',
      ),
    );
  });

  it('reminds the outgoing lead in the app once the node has given the reminder', async () => {
    const incident = await declare();
    renderLantern(lantern, { route: '/', personId: DEMO.commander });
    await screen.findAllByRole('button', { name: /Declare incident/ });
    expect(screen.queryByTestId('handoff-reminder')).toBeNull();
    await lantern.bridge.sendCommand(
      'remindHandoff',
      {
        incidentId: incident.id,
        outgoingLeadId: DEMO.commander,
        shiftEndsAt: lantern.clock.iso(30 * 60_000),
      },
      { kind: 'system', id: 'handoff-scheduler' },
    );
    const banner = await screen.findByTestId('handoff-reminder');
    expect(banner.textContent).toContain(`the handoff brief for ${incident.reference} is drafted`);
    expect(
      within(banner).getByRole('link', { name: 'Review and submit it' }).getAttribute('href'),
    ).toBe(`/incidents/${incident.id}/handoff`);
  });
});
