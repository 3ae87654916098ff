import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppStore, type AppStore } from '../../app/store/store.ts';
import { createTestLantern, type TestLantern } from '../../test/testLantern.testHelpers.ts';
import { personChosen } from '../session/sessionSlice.ts';
import { runCommand } from './runCommand.ts';

describe('runCommand', () => {
  let lantern: TestLantern;
  let store: AppStore;

  beforeEach(async () => {
    lantern = await createTestLantern();
    store = createAppStore({ bridge: lantern.bridge });
  });
  afterEach(() => lantern.close());

  it('runs the command as the current person and writes its documents', async () => {
    const created = await store
      .dispatch(
        runCommand({
          name: 'createWorkspace',
          input: { workspaceName: 'Northwind', displayName: 'Amara' },
        }),
      )
      .unwrap();
    const { person } = created as { person: { id: string } };
    store.dispatch(personChosen(person.id));

    await store
      .dispatch(
        runCommand({
          name: 'declareIncident',
          input: { title: 'Payments down', severity: 'SEV1' },
        }),
      )
      .unwrap();

    const incidents = await lantern.database.incidents.find().exec();
    expect(incidents.map((incident) => incident.declaredBy)).toEqual([person.id]);
    expect(store.getState().commands.inFlight).toEqual([]);
  });

  it('turns a rejected command into an error toast with the field problems', async () => {
    await store.dispatch(
      runCommand({ name: 'createWorkspace', input: { workspaceName: ' ', displayName: 'Amara' } }),
    );

    const [toast] = store.getState().toasts.toasts;
    expect(toast?.tone).toBe('error');
    expect(toast?.title).toBe('Could not create the workspace');
    expect(toast?.problems).toEqual([{ field: 'workspaceName', reason: 'Name the workspace.' }]);
  });

  it('refuses person commands from someone without a profile', async () => {
    const action = await store.dispatch(
      runCommand({ name: 'declareIncident', input: { title: 'x', severity: 'SEV3' } }),
    );

    expect(runCommand.rejected.match(action) && action.payload?.code).toBe('forbidden');
  });
});
