import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { as, DEMO, seedDemoCommand } from '../../test/commandFramework.testHelpers.ts';
import { renderLantern } from '../../test/renderLantern.testHelpers.tsx';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';

async function declareAs(lantern: TestLantern, personId: string, severity: 'SEV2' | 'SEV3') {
  return lantern.bridge.sendCommand(
    'declareIncident',
    { title: 'Claims portal errors', severity, type: 'other' },
    as(personId),
  );
}

function section(name: string): HTMLElement {
  return screen.getByRole('region', { name });
}

async function openDialog(sectionName: string, button: string, title: RegExp) {
  await screen.findByRole('region', { name: sectionName });
  fireEvent.click(within(section(sectionName)).getByRole('button', { name: button }));
  return screen.findByRole('dialog', { name: title });
}

describe('incident command panels', () => {
  let lantern: TestLantern;
  beforeEach(async () => {
    lantern = await createTestLantern();
    await seedDemoCommand(lantern);
  });
  afterEach(async () => {
    cleanup();
    await lantern.close();
  });

  it('assigns a role and shows who holds it', async () => {
    const incident = await declareAs(lantern, DEMO.commander, 'SEV3');
    renderLantern(lantern, { personId: DEMO.commander, route: `/incidents/${incident.id}` });
    await waitFor(() =>
      expect(section('Roles').textContent).toContain('Incident CommanderYusuf Demir'),
    );

    const dialog = await openDialog('Roles', 'Assign role', /^Assign a role/);
    fireEvent.change(within(dialog).getByLabelText('Role'), { target: { value: 'scribe' } });
    fireEvent.change(within(dialog).getByLabelText('Person'), {
      target: { value: DEMO.analyst },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Assign role' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const holders = within(section('Roles')).getAllByTestId('role-holder');
    expect(holders.map((row) => row.textContent)).toContainEqual(
      expect.stringContaining('ScribeJordan Taylor'),
    );
    expect(
      within(section('Roles')).getByRole('button', { name: 'Release Jordan Taylor from Scribe' }),
    ).toBeTruthy();
  });

  it('shows in the dialog why a decision is refused to someone without authority', async () => {
    const incident = await declareAs(lantern, DEMO.commander, 'SEV3');
    renderLantern(lantern, { personId: DEMO.analyst, route: `/incidents/${incident.id}` });
    const dialog = await openDialog('Decisions', 'Record decision', /^Record a decision/);
    fireEvent.change(within(dialog).getByLabelText('Decision'), {
      target: { value: 'authorise-emergency-change' },
    });
    fireEvent.change(within(dialog).getByLabelText('Summary'), {
      target: { value: 'Roll back release 4.2' },
    });
    fireEvent.change(within(dialog).getByLabelText('Rationale'), {
      target: { value: 'Errors began with the release' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    const refusal = await within(dialog).findByRole('alert');
    expect(refusal.textContent).toContain('Refused');
    expect(refusal.textContent).toMatch(/Incident Commander/);
    expect(await kindStore(lantern.database).count('decisions')).toBe(0);
  });

  it('accepts the decision from the deputy as fallback while the commander is away', async () => {
    const incident = await declareAs(lantern, DEMO.commander, 'SEV3');
    await lantern.bridge.sendCommand(
      'assignRole',
      { incidentId: incident.id, role: 'deputy-incident-commander', personId: DEMO.deputy },
      as(DEMO.commander),
    );
    await lantern.bridge.sendCommand(
      'setAvailability',
      { personId: DEMO.commander, status: 'away' },
      as(DEMO.commander),
    );
    renderLantern(lantern, { personId: DEMO.deputy, route: `/incidents/${incident.id}` });
    await waitFor(() => expect(section('Roles').textContent).toContain('Away'));

    const dialog = await openDialog('Decisions', 'Record decision', /^Record a decision/);
    fireEvent.change(within(dialog).getByLabelText('Summary'), {
      target: { value: 'Roll back release 4.2' },
    });
    fireEvent.change(within(dialog).getByLabelText('Rationale'), {
      target: { value: 'Errors began with the release' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: 'Record decision' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    const [decision] = await within(section('Decisions')).findAllByTestId('decision');
    expect(decision?.textContent).toContain('Authorise an emergency change');
    expect(decision?.textContent).toContain('Roll back release 4.2');
    expect(decision?.textContent).toContain('Kevin Murphy');
    expect(decision?.textContent).toContain('Fallback');
  });
});
