import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { shortScenario } from '../../../../shared/exercises/scenario.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { seedWorkspace } from '../../test/seed.testHelpers.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';

const storedInjects = async (lantern: TestLantern) => {
  const doc = await kindStore(lantern.database).get('frameworks', `scenario-${shortScenario.id}`);
  return (doc?.definition as { injects: { number: number; message: string }[] }).injects;
};

describe('MSEL editor', () => {
  let lantern: TestLantern;
  let personId: string;
  beforeEach(async () => {
    lantern = await createTestLantern();
    personId = await seedWorkspace(lantern, 'Yusuf Demir');
    await lantern.bridge.sendCommand(
      'adoptFramework',
      { kind: 'exerciseScenario', name: shortScenario.title, definition: shortScenario },
      { kind: 'person', id: personId },
    );
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  const row = (number: number) =>
    screen
      .getAllByTestId('msel-row')
      .find((r) => r.getAttribute('data-inject') === String(number)) as HTMLElement;

  it('adds an inject, and refuses to remove one another inject links to', async () => {
    renderLantern(lantern, { route: `/exercises/scenarios/${shortScenario.id}`, personId });
    await screen.findAllByTestId('msel-row');
    fireEvent.click(screen.getByRole('button', { name: 'Add inject' }));
    const form = screen.getByRole('form', { name: 'Inject 3' });
    fireEvent.change(within(form).getByLabelText('From'), { target: { value: 'CEO (simulated)' } });
    fireEvent.change(within(form).getByLabelText('Message'), {
      target: { value: 'Are customers affected?' },
    });
    fireEvent.change(within(form).getByLabelText('Expected action'), {
      target: { value: 'Brief the CEO' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save inject' }));
    await waitFor(() => expect(screen.getAllByTestId('msel-row')).toHaveLength(3));
    expect((await storedInjects(lantern)).map((i) => i.number)).toEqual([1, 2, 3]);

    fireEvent.click(within(row(2)).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(row(2).textContent).toContain('lists 2 as its contingency'));
    fireEvent.click(within(row(3)).getByRole('button', { name: 'Remove' }));
    await waitFor(() => expect(screen.getAllByTestId('msel-row')).toHaveLength(2));
    expect((await storedInjects(lantern)).map((i) => i.number)).toEqual([1, 2]);
  });

  it('names the bad field when an edit would break the scenario', async () => {
    renderLantern(lantern, { route: `/exercises/scenarios/${shortScenario.id}`, personId });
    await screen.findAllByTestId('msel-row');
    fireEvent.click(within(row(1)).getByRole('button', { name: 'Edit' }));
    const form = screen.getByRole('form', { name: 'Inject 1' });
    fireEvent.change(within(form).getByLabelText('Scenario time'), {
      target: { value: 'soon' },
    });
    fireEvent.click(within(form).getByRole('button', { name: 'Save inject' }));
    await waitFor(() => expect(form.textContent).toContain('elapsed time since the start'));
    expect((await storedInjects(lantern))[0]?.message).toBe('Portal down');
  });
});
