import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';

describe('first run', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('creates the workspace and signs the creator in', async () => {
    const { store } = renderLantern(lantern);

    fireEvent.change(await screen.findByLabelText('Workspace name'), {
      target: { value: 'Northwind Logistics' },
    });
    fireEvent.change(screen.getByLabelText('Your name'), { target: { value: 'Amara Okafor' } });
    fireEvent.click(screen.getByRole('button', { name: 'Create workspace' }));

    await waitFor(() =>
      expect(screen.getByTestId('workspace-name').textContent).toBe('Northwind Logistics'),
    );
    expect(within(screen.getByTestId('current-person')).getByText('Amara Okafor')).toBeTruthy();
    const people = await kindStore(lantern.database).find('people');
    expect(store.getState().session.currentPersonId).toBe(people[0]?.id);
  });

  it('loads the demo organisation, then asks who is at the keyboard', async () => {
    renderLantern(lantern);

    fireEvent.click(await screen.findByRole('button', { name: 'Load demo organisation' }));
    fireEvent.click(await screen.findByRole('button', { name: /Jonas Weber/ }));

    await waitFor(() =>
      expect(screen.getByTestId('workspace-name').textContent).toBe('Northwind LogisticsDemo'),
    );
    expect(within(screen.getByTestId('current-person')).getByText('Jonas Weber')).toBeTruthy();
  });

  it('lets a newcomer to an existing workspace create a profile', async () => {
    await seedWorkspace(lantern);
    renderLantern(lantern);

    fireEvent.change(await screen.findByLabelText('Your name'), {
      target: { value: 'Priya Nair' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Create profile' }));

    expect(
      await within(await screen.findByTestId('current-person')).findByText('Priya Nair'),
    ).toBeTruthy();
  });
});
