import { generateKeyPairSync } from 'node:crypto';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach } from 'vitest';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { nodeChangeFeed } from '../reactions/changeFeed.ts';
import { CommittedCommands } from '../reactions/committedCommands.ts';
import { CommandExecutor } from './commandExecutor.ts';

const openDatabases = new Set<LanternDatabase>();

// Every test file that makes test executors gets them removed after each test.
afterEach(async () => {
  const databases = [...openDatabases];
  openDatabases.clear();
  await Promise.all(databases.map((database) => database.remove()));
});

/** A real executor over a real in-memory RxDB database, removed after the test. */
export async function createTestExecutor(now: () => Date = () => new Date('2026-11-26T10:00:00Z')) {
  const database = await createLanternDatabase({
    name: `test${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
  });
  openDatabases.add(database);
  const keys = generateKeyPairSync('ed25519');
  const audit = new AuditLog(database, 'node-test', keys.privateKey);
  const clock = new HybridLogicalClock('node-test', () => now().getTime());
  const committed = new CommittedCommands();
  const executor = new CommandExecutor({
    database,
    nodeId: 'node-test',
    clock,
    audit,
    now,
    onCommitted: committed.publish,
  });
  /** What wakes schedulers, as in the node: commands committed here and peers' documents. */
  const changes = nodeChangeFeed(committed, database);
  return { database, executor, audit, publicKey: keys.publicKey, committed, changes };
}
