import { cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { DENSE_ROWS } from './WallOverview.tsx';

describe('wall display: paging, roles, exercises', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern({ readOnly: true });
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  async function declareWithEscalation(exercise: boolean) {
    const incident = await lantern.bridge.sendCommand(
      'declareIncident',
      {
        title: 'Card payments failing',
        severity: 'SEV2',
        type: 'availability',
        exercise,
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

  it('shouts PAGE NOT ACKNOWLEDGED with whom it pages, until someone acknowledges', async () => {
    await declareWithEscalation(false);
    renderLantern(lantern, { route: '/wall' });
    const page = await screen.findByTestId('wall-page-state');
    await waitFor(() => expect(page.textContent).toContain('PAGE NOT ACKNOWLEDGED'));
    // At the test clock's instant the payments rotation's first participant holds the week.
    expect(page.textContent).toContain('Paging Sofia Marchetti · level 1 of 3');
    expect(page.dataset.loud).toBe('true');
    const escalation = screen.getByTestId('wall-escalation');
    await waitFor(() =>
      expect(escalation.textContent).toMatch(/level 1 of 3 · next level in \d+:\d\d/),
    );
  });

  it('shows who holds which role, and marks an exercise in detail', async () => {
    await declareWithEscalation(true);
    renderLantern(lantern, { route: '/wall' });
    await waitFor(() =>
      expect(screen.getAllByTestId('wall-role').map((role) => role.textContent)).toEqual([
        'Incident CommanderYusuf Demir',
        'ScribeJordan Taylor',
      ]),
    );
    expect(screen.getByTestId('wall-exercise-banner').textContent).toContain('EXERCISE');
    expect(screen.getByTestId('wall-no-real').textContent).toBe('No real incident active');
  });

  it('keeps 200 active incidents readable: the most severe few, the rest named by reference', async () => {
    for (let index = 0; index < 200; index += 1)
      await lantern.bridge.sendCommand(
        'declareIncident',
        { title: `Branch printer ${index} offline`, severity: index === 150 ? 'SEV2' : 'SEV5' },
        as(DEMO.commander),
      );
    renderLantern(lantern, { route: '/wall' });

    await waitFor(() => expect(screen.getByText(/^\+194 more real incidents: /)).toBeTruthy(), {
      timeout: 15_000,
    });
    const shown = screen.getAllByTestId('wall-incident');
    expect(shown).toHaveLength(DENSE_ROWS);
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

  it('keeps the named incident in detail while the overview still lists every one', async () => {
    const declare = (title: string, severity: 'SEV1' | 'SEV3') =>
      lantern.bridge.sendCommand(
        'declareIncident',
        { title, severity, type: 'availability' },
        as(DEMO.commander),
      );
    await declare('Card payments failing', 'SEV1');
    const claims = await declare('Claims portal slow', 'SEV3');
    renderLantern(lantern, { route: `/wall?incident=${claims.id}` });
    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(2));
    const detail = screen.getByTestId('wall-detail');
    expect(within(detail).getByRole('heading', { level: 2 }).textContent).toBe(
      'Claims portal slow',
    );
    expect(detail.textContent).toContain('Pinned to this screen');
    expect(screen.getAllByTestId('wall-incident')[0]?.textContent).toContain(
      'Card payments failing',
    );
  });
});
