import { BehaviorSubject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import type { ConnectionState } from '../../../shared/contract/bridge.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import type { RendererBridge } from '../app/bridge/rendererBridge.ts';
import type { LanternConnection } from '../app/db/LanternContext.tsx';
import { createCommandRunner } from './commandRunner.testHelpers.ts';
import { DEMO_ORGANISATION } from './demoOrganisation.testHelpers.ts';
import { createTestClock, type TestClock } from './testClock.testHelpers.ts';

export interface TestLantern extends LanternConnection {
  connection$: BehaviorSubject<ConnectionState>;
  /** The time commands run at and screens show; stands still unless the test moves it. */
  clock: TestClock;
  close(): Promise<void>;
}

/**
 * A real memory-backed database and a bridge whose commands run the real
 * plans against it, at the test clock's time.
 */
export async function createTestLantern(
  options: { readOnly?: boolean; clock?: TestClock } = {},
): Promise<TestLantern> {
  const clock = options.clock ?? createTestClock();
  const storage = getRxStorageMemory();
  const databaseName = `test${Math.random().toString(36).slice(2)}`;
  const database = await createLanternDatabase({ name: databaseName, storage });
  const run = createCommandRunner(database, clock);
  const connection$ = new BehaviorSubject<ConnectionState>('online');
  const nodeInfo = { status: 'ok' as const, version: 'test', nodeId: 'node-test', databaseName };
  const bridge: RendererBridge = {
    kind: 'browser',
    readOnly: options.readOnly ?? false,
    storage,
    connection$,
    nodeInfo: async () => nodeInfo,
    sendCommand: (name, input, actor) => run(name, input, actor),
    seedDemo: () => run('importOrganisation', DEMO_ORGANISATION, { kind: 'system', id: 'demo' }),
    close: async () => undefined,
  };
  return {
    bridge,
    database,
    nodeInfo,
    connection$,
    clock,
    close: async () => {
      await database.close();
    },
  };
}
