import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { wallPanelsFor } from './wallPanels.ts';
import { panelShown } from './wallSlice.ts';

describe('wall display command panels', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern({ readOnly: true });
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  async function exerciseWithEscalation() {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      {
        title: 'Card payments failing',
        severity: 'SEV2',
        type: 'availability',
        exercise: true,
        serviceIds: ['payments-gateway'],
      },
      as(DEMO.commander),
    );
    await lantern.bridge.sendCommand(
      'assignRole',
      { incidentId: incident.id, role: 'scribe', personId: DEMO.analyst },
      as(DEMO.commander),
    );
    await lantern.bridge.sendCommand(
      'startEscalation',
      { incidentId: incident.id },
      as(DEMO.commander),
    );
    return incident;
  }

  it('shows who holds which role in the most severe incident, and that it is an exercise', async () => {
    const incident = await exerciseWithEscalation();
    const { store } = renderLantern(lantern, { route: '/wall' });
    await screen.findByTestId('wall-incident');
    const panels = wallPanelsFor([incident]);

    act(() => {
      store.dispatch(panelShown(panels.indexOf('roles')));
    });
    expect((await screen.findByRole('heading', { level: 1 })).textContent).toBe(
      'Who holds which role',
    );
    await waitFor(() => expect(screen.getAllByTestId('wall-role')).toHaveLength(2));
    const roles = screen.getAllByTestId('wall-role').map((role) => role.textContent);
    expect(roles).toEqual(['Incident CommanderYusuf Demir', 'ScribeJordan Taylor']);
    expect(screen.getByTestId('wall-exercise-banner').textContent).toContain('EXERCISE');
  });

  it('shows who is being paged, at which level, and the time to the next step', async () => {
    const incident = await exerciseWithEscalation();
    const { store } = renderLantern(lantern, { route: '/wall' });
    await screen.findByTestId('wall-incident');

    act(() => {
      store.dispatch(panelShown(wallPanelsFor([incident]).indexOf('escalation')));
    });
    const escalation = await screen.findByTestId('wall-escalation');
    await waitFor(() => expect(escalation.textContent).toContain('1 of 3'));
    // At the test clock's instant the payments rotation's first participant holds the week.
    expect(escalation.textContent).toContain('Paged nowSofia Marchetti');
    expect(within(escalation).getByText(/^in \d+:\d\d$/)).toBeTruthy();
    expect(escalation.textContent).toContain('Paging');
  });

  it('keeps 200 active incidents readable: the most severe few, the rest counted', async () => {
    for (let index = 0; index < 200; index += 1)
      await lantern.bridge.sendCommand(
        'declareIncident',
        { title: `Branch printer ${index} offline`, severity: index === 150 ? 'SEV2' : 'SEV5' },
        as(DEMO.commander),
      );
    renderLantern(lantern, { route: '/wall' });

    await waitFor(() => expect(screen.getByText('+195 more active')).toBeTruthy(), {
      timeout: 15_000,
    });
    const shown = screen.getAllByTestId('wall-incident');
    expect(shown).toHaveLength(5);
    expect(shown[0]?.textContent).toContain('Branch printer 150 offline');
  }, 60_000);
});

describe('a wall display pinned to one incident', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern({ readOnly: true });
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('follows the incident named in the address instead of the most severe one', async () => {
    const declare = (title: string, severity: 'SEV1' | 'SEV3') =>
      lantern.bridge.sendCommand(
        'declareIncident',
        { title, severity, type: 'availability' },
        as(DEMO.commander),
      );
    await declare('Card payments failing', 'SEV1');
    const claims = await declare('Claims portal slow', 'SEV3');
    const { store } = renderLantern(lantern, { route: `/wall?incident=${claims.id}` });
    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(2));
    act(() => {
      store.dispatch(panelShown(1));
    });
    await waitFor(() =>
      expect(screen.getByRole('main').textContent).toContain('Claims portal slow'),
    );
    expect(screen.getByRole('main').textContent).not.toContain('Card payments failing');
  });
});
