import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shortScenario } from '../../../../shared/exercises/scenario.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('exercise screens', () => {
  let lantern: TestLantern;
  let facilitatorId: string;
  let exerciseId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    facilitatorId = await seedWorkspace(lantern, 'Yusuf Demir');
    const as = { kind: 'person' as const, id: facilitatorId };
    await lantern.bridge.sendCommand(
      'adoptFramework',
      { kind: 'exerciseScenario', name: shortScenario.title, definition: shortScenario },
      as,
    );
    const started = await lantern.bridge.sendCommand(
      'startExercise',
      { scenarioId: shortScenario.id },
      as,
    );
    exerciseId = started.exercise.id;
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('gives the facilitator the clock and the MSEL controls', async () => {
    renderLantern(lantern, { route: `/exercises/${exerciseId}`, personId: facilitatorId });
    expect((await screen.findByTestId('clock-state')).textContent).toContain('Ready');
    expect(screen.getByTestId('scenario-time').textContent).toContain('0:00:00');
    fireEvent.click(screen.getByRole('button', { name: 'Start clock' }));
    await waitFor(() => expect(screen.getByTestId('clock-state').textContent).toContain('Running'));
    const first = screen
      .getAllByTestId('run-inject')
      .find((row) => row.getAttribute('data-inject') === '1') as HTMLElement;
    fireEvent.click(within(first).getByRole('button', { name: 'Release now' }));
    await waitFor(() => expect(first.textContent).toContain('by hand'));
  });

  it('shows others the exercise without play controls, and lets them join', async () => {
    const { id: playerId } = await lantern.bridge.sendCommand(
      'registerPerson',
      { displayName: 'Maya Okafor' },
      { kind: 'system', id: 'node' },
    );
    renderLantern(lantern, { route: `/exercises/${exerciseId}`, personId: playerId });
    await screen.findByTestId('clock-state');
    expect(screen.queryByRole('button', { name: 'Start clock' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Release now' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Join as player' }));
    await waitFor(() =>
      expect(screen.getByTestId('participants').textContent).toContain(
        'Maya Okafor player · Incident Commander',
      ),
    );
  });

  it('keeps exercises out of the console’s active counts', async () => {
    await declare(lantern, facilitatorId, { title: 'Real outage', severity: 'SEV3' });
    renderLantern(lantern, { route: '/', personId: facilitatorId });
    expect((await screen.findByTestId('active-exercises')).textContent).toContain(
      '1 exercise in play',
    );
    expect(screen.getByTestId('active-count-SEV3').textContent).toContain('1');
    expect(screen.getByTestId('active-count-SEV1').textContent).toContain('0');
  });
});
