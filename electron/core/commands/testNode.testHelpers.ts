import { generateKeyPairSync } from 'node:crypto';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { createLanternDatabase } from '../../../shared/schema/createLanternDatabase.ts';
import { HybridLogicalClock } from '../../../shared/time/hlc.ts';
import { AuditLog } from '../audit/auditLog.ts';
import { CommandExecutor } from './commandExecutor.ts';

/** A real executor over a real in-memory RxDB database, for unit tests. */
export async function createTestExecutor(now: () => Date = () => new Date('2026-11-26T10:00:00Z')) {
  const database = await createLanternDatabase({
    name: `test${Math.random().toString(36).slice(2)}`,
    storage: getRxStorageMemory(),
  });
  const keys = generateKeyPairSync('ed25519');
  const audit = new AuditLog(database, 'node-test', keys.privateKey);
  const clock = new HybridLogicalClock('node-test', () => now().getTime());
  const executor = new CommandExecutor({ database, nodeId: 'node-test', clock, audit, now });
  return { database, executor, audit, publicKey: keys.publicKey };
}
