import { act, cleanup, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { addEntry, declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { panelShown } from './wallSlice.ts';

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

  it('shows active incidents by severity and picks up new ones live', async () => {
    await declare(lantern, personId, { title: 'Email delays', severity: 'SEV3' });
    renderLantern(lantern, { route: '/wall' });
    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(1));

    await declare(lantern, personId, { title: 'Payments down', severity: 'SEV1', exercise: true });

    await waitFor(() => expect(screen.getAllByTestId('wall-incident')).toHaveLength(2));
    const [first] = screen.getAllByTestId('wall-incident');
    expect(first?.textContent).toContain('Payments down');
    expect(within(first as HTMLElement).getByTestId('exercise-marker').textContent).toBe(
      'Exercise',
    );
  });

  it('shows the most severe incident’s latest timeline, newest first, and its running clock', async () => {
    const incident = await declare(lantern, personId, {
      title: 'DNS resolution errors',
      severity: 'SEV1',
    });
    await addEntry(lantern, personId, { incidentId: incident.id, text: 'Resolver restarted' });
    const { store } = renderLantern(lantern, { route: '/wall' });
    await screen.findByTestId('wall-incident');

    act(() => {
      store.dispatch(panelShown(1));
    });
    await waitFor(() => expect(screen.getAllByTestId('wall-timeline-entry')).toHaveLength(2));
    expect(screen.getAllByTestId('wall-timeline-entry')[0]?.textContent).toContain(
      'Resolver restarted',
    );

    act(() => {
      store.dispatch(panelShown(2));
    });
    expect((await screen.findByTestId('wall-elapsed')).textContent).toMatch(/^0:00:0\d$/);
  });

  it('jumps to what just changed: a new entry on the most severe incident, a new incident', async () => {
    const incident = await declare(lantern, personId, {
      title: 'DNS resolution errors',
      severity: 'SEV1',
    });
    const { store } = renderLantern(lantern, { route: '/wall' });
    await screen.findByTestId('wall-incident');
    act(() => {
      store.dispatch(panelShown(2));
    });
    await screen.findByTestId('wall-elapsed');

    await addEntry(lantern, personId, {
      incidentId: incident.id,
      text: 'Secondary resolver serving',
    });
    await waitFor(() =>
      expect(screen.getAllByTestId('wall-timeline-entry')[0]?.textContent).toContain(
        'Secondary resolver serving',
      ),
    );

    await declare(lantern, personId, { title: 'Claims portal slow', severity: 'SEV3' });
    expect(await screen.findByText('Claims portal slow')).toBeTruthy();
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
