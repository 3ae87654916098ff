import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { addEntry, declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { focusShown } from './wallSlice.ts';

describe('wall display', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern({ readOnly: true });
    personId = await seedWorkspace(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('lists a real SEV2 before an exercise SEV1, and shows the real one in detail first', async () => {
    await declare(lantern, personId, { title: 'Payments drill', severity: 'SEV1', exercise: true });
    await declare(lantern, personId, { title: 'Email delays', severity: 'SEV2' });
    renderLantern(lantern, { route: '/wall' });
    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(2));
    const [first, second] = screen.getAllByTestId('wall-incident');
    expect(first?.textContent).toContain('Email delays');
    expect(second?.textContent).toContain('Payments drill');
    expect(within(second as HTMLElement).getByTestId('exercise-marker').textContent).toBe(
      'Exercise',
    );
    expect(screen.getByTestId('wall-detail').textContent).toContain('Email delays');
    expect(screen.getByTestId('wall-summary').textContent).toBe('1 real incident · 1 exercise');
  });

  it('shows the commander, and shouts NO INCIDENT COMMANDER when nobody holds the role', async () => {
    await declare(lantern, personId, { title: 'DNS errors', severity: 'SEV1' });
    // Declared by an integration with no commander named: nobody commands it.
    await lantern.bridge.sendCommand(
      'declareIncident',
      { title: 'Alert: disk full', severity: 'SEV2' },
      { kind: 'system', id: 'alert-intake' },
    );
    renderLantern(lantern, { route: '/wall' });
    await waitFor(() => expect(screen.getAllByTestId('wall-commander')).toHaveLength(2));
    const [commanded, orphan] = screen.getAllByTestId('wall-commander');
    await waitFor(() => expect(commanded?.textContent).toContain('Amara Okafor'));
    expect(commanded?.dataset.loud).toBeUndefined();
    expect(orphan?.textContent).toBe('CommanderNO INCIDENT COMMANDER');
    expect(orphan?.dataset.loud).toBe('true');
  });

  it('shows the focus incident’s latest timeline, newest first, with zone-labelled times', async () => {
    const incident = await declare(lantern, personId, { title: 'DNS errors', severity: 'SEV1' });
    await addEntry(lantern, personId, { incidentId: incident.id, text: 'Resolver restarted' });
    renderLantern(lantern, { route: '/wall' });
    await waitFor(() => expect(screen.getAllByTestId('wall-timeline-entry')).toHaveLength(2));
    const [newest] = screen.getAllByTestId('wall-timeline-entry');
    expect(newest?.textContent).toContain('Resolver restarted');
    expect(newest?.textContent).toMatch(/\d\d:\d\d UTC/);
  });

  it('cycles the detail through every active incident, and brings a new one in at once', async () => {
    await declare(lantern, personId, { title: 'DNS errors', severity: 'SEV1' });
    await declare(lantern, personId, { title: 'Claims portal slow', severity: 'SEV3' });
    const { store } = renderLantern(lantern, { route: '/wall' });
    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(2));
    expect(screen.getByTestId('wall-detail').textContent).toContain('DNS errors');
    act(() => {
      store.dispatch(focusShown(1));
    });
    await waitFor(() =>
      expect(screen.getByTestId('wall-detail').textContent).toContain('Claims portal slow'),
    );
    await declare(lantern, personId, { title: 'Printer offline', severity: 'SEV5' });
    await waitFor(() =>
      expect(screen.getByTestId('wall-detail').textContent).toContain('Printer offline'),
    );
  });

  it('says clearly when the connection to the node is lost', async () => {
    renderLantern(lantern, { route: '/wall' });
    await screen.findByTestId('wall-display');
    expect(screen.queryByRole('alert')).toBeNull();

    act(() => lantern.connection$.next('reconnecting'));

    expect((await screen.findByRole('alert')).textContent).toBe('Connection lost — reconnecting');
    act(() => lantern.connection$.next('online'));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });

  it('shows a calm all-clear when nothing is active', async () => {
    renderLantern(lantern, { route: '/wall' });
    expect(await screen.findByText('No active incidents')).toBeTruthy();
  });
});
