import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { declare, seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';

describe('command palette', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('opens on Ctrl+K and goes to an incident typed by name', async () => {
    await declare(lantern, personId, { title: 'Warehouse scanners offline', severity: 'SEV2' });
    renderLantern(lantern, { personId });
    await screen.findAllByTestId('incident-row');

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    const search = await screen.findByRole('combobox', { name: 'Search actions' });
    fireEvent.change(search, { target: { value: 'scanners' } });
    const listbox = screen.getByRole('listbox', { name: 'Actions' });
    expect(
      within(listbox)
        .getAllByRole('option')
        .map((option) => option.textContent),
    ).toEqual([expect.stringContaining('Warehouse scanners offline')]);
    fireEvent.keyDown(search, { key: 'Enter' });

    expect(
      await screen.findByRole('heading', { level: 1, name: 'Warehouse scanners offline' }),
    ).toBeTruthy();
    expect(screen.queryByRole('dialog', { name: 'Command palette' })).toBeNull();
  });

  it('runs "Declare incident" from the palette and closes on Escape', async () => {
    renderLantern(lantern, { personId, route: '/incidents/none' });
    await screen.findByText('Incident not found');

    fireEvent.click(screen.getByRole('button', { name: 'Open command palette' }));
    const search = await screen.findByRole('combobox', { name: 'Search actions' });
    fireEvent.change(search, { target: { value: 'declare' } });
    fireEvent.keyDown(search, { key: 'Enter' });
    const dialog = await screen.findByRole('dialog', { name: 'Declare an incident' });
    expect(within(dialog).getByLabelText('Title')).toBe(document.activeElement);
    fireEvent.keyDown(within(dialog).getByLabelText('Title'), { key: 'Escape' });
    expect(screen.queryByRole('dialog')).toBeNull();

    fireEvent.keyDown(window, { key: 'k', ctrlKey: true });
    fireEvent.keyDown(await screen.findByRole('combobox', { name: 'Search actions' }), {
      key: 'Escape',
    });
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('opens the wall display in its own tab, where it connects read-only', async () => {
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderLantern(lantern, { personId });

    fireEvent.click(await screen.findByRole('button', { name: 'Open wall display' }));

    expect(open).toHaveBeenCalledWith(expect.stringMatching(/#\/wall$/), '_blank', 'noopener');
    open.mockRestore();
  });

  it('hides and shows the incident list with Ctrl+B', async () => {
    renderLantern(lantern, { personId });
    expect(await screen.findByRole('navigation', { name: 'Incidents' })).toBeTruthy();

    // The shortcut listener is attached in an effect after the first paint; until then a press does nothing.
    await waitFor(() => {
      fireEvent.keyDown(window, { key: 'b', ctrlKey: true });
      expect(screen.queryByRole('navigation', { name: 'Incidents' })).toBeNull();
    });

    fireEvent.keyDown(window, { key: 'b', ctrlKey: true });
    expect(screen.getByRole('navigation', { name: 'Incidents' })).toBeTruthy();
  });
});
