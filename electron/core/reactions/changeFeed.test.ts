import { createRevision, now as rxNow } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';
import { SYNC_WRITE_CONTEXT } from '../sync/masterEndpoint.ts';

async function setup() {
  const test = await createTestExecutor();
  const { person } = await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada Commander' },
    { kind: 'system', id: 'first-run' },
  );
  const wakes = { incidents: 0, exercises: 0 };
  test.changes(['incidents'], () => (wakes.incidents += 1));
  test.changes(['exercises'], () => (wakes.exercises += 1));
  const declare = () =>
    test.executor.execute(
      'declareIncident',
      { title: 'Payments down', severity: 'SEV2' },
      { kind: 'person', id: person.id },
    );
  return { ...test, wakes, declare };
}

/** Store a changed copy of an incident straight into storage, as peer sync or another writer does. */
async function storeDirectly(
  test: Awaited<ReturnType<typeof setup>>,
  incidentId: string,
  context: string,
) {
  const instance = test.database.incidents.storageInstance;
  const [previous] = await instance.findDocumentsById([incidentId], false);
  if (!previous) throw new Error(`incident ${incidentId} is not stored`);
  const document = {
    ...previous,
    title: `${previous.title} (from a peer)`,
    _meta: { ...previous._meta, lwt: rxNow() },
    _rev: createRevision(test.database.token, previous),
  };
  const result = await instance.bulkWrite([{ previous, document }], context);
  expect(result.error).toEqual([]);
}

describe('the change feed schedulers wake on', () => {
  it('reports a command committed here to the jobs that plan from what it wrote', async () => {
    const test = await setup();
    await test.declare();
    expect(test.wakes).toEqual({ incidents: 1, exercises: 0 });
  });

  it('reports documents a peer synced in, but not other writes that bypass the executor', async () => {
    const test = await setup();
    const incident = await test.declare();
    await storeDirectly(test, incident.id, SYNC_WRITE_CONTEXT);
    expect(test.wakes.incidents).toBe(2);
    await storeDirectly(test, incident.id, 'some-migration');
    expect(test.wakes.incidents).toBe(2);
    expect(test.wakes.exercises).toBe(0);
  });
});
