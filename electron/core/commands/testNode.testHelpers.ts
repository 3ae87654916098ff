import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { afterEach } from 'vitest';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { nodeChangeFeed } from '../reactions/changeFeed.ts';
import { CommittedCommands } from '../reactions/committedCommands.ts';
import { CommandExecutor, type WriteStep } from './commandExecutor.ts';

const openDatabases = new Set<LanternDatabase>();
const durableFolders: { database: LanternDatabase; dataDir: string }[] = [];

// Every test file that makes test executors gets them removed after each test.
afterEach(async () => {
  const databases = [...openDatabases];
  openDatabases.clear();
  await Promise.all(databases.map((database) => database.remove()));
  for (const { database, dataDir } of durableFolders.splice(0)) {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
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

/**
 * A real executor over the node's durable SQLite storage in a fresh data
 * folder, with the write batch the node uses; `onWriteStep` lets a test fail
 * a command at a point of its write path.
 */
export async function createDurableTestExecutor(onWriteStep?: (step: WriteStep) => void) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-executor-'));
  const storage = getRxStorageSqlite({ dataDir });
  const database = await createLanternDatabase({ name: 'lantern', storage });
  durableFolders.push({ database, dataDir });
  const keys = generateKeyPairSync('ed25519');
  const audit = new AuditLog(database, 'node-test', keys.privateKey);
  const now = () => new Date('2026-11-26T10:00:00Z');
  const clock = new HybridLogicalClock('node-test', () => now().getTime());
  const executor = new CommandExecutor({
    database,
    nodeId: 'node-test',
    clock,
    audit,
    now,
    writeBatch: (work) => storage.runInWriteBatch('lantern', work),
    ...(onWriteStep ? { onWriteStep } : {}),
  });
  return { database, executor, audit, publicKey: keys.publicKey, dataDir };
}
