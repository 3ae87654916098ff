import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRxDatabase, type RxJsonSchema } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntryDoc } from '../../../shared/schema/auditEntry.ts';
import { createLanternDatabase } from '../../../shared/store/database.ts';
import { lanternKinds } from '../../../shared/store/kinds.ts';
import { ownCollectionSchema } from '../../../shared/store/layout.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { GENESIS_HASH, sealAuditEntry, verifyAuditChain } from './auditRecord.ts';

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

/** The audit schema as version 0 declared it: no documentHashes. */
function versionZeroSchema(): RxJsonSchema<AuditEntryDoc> {
  const current = ownCollectionSchema(lanternKinds.audit) as RxJsonSchema<AuditEntryDoc>;
  const properties: Record<string, unknown> = { ...current.properties };
  delete properties['documentHashes'];
  return { ...current, version: 0, properties } as RxJsonSchema<AuditEntryDoc>;
}

describe('audit entries written before documentHashes', () => {
  it('open on the new schema unchanged, and their chain still verifies', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-audit-v0-'));
    folders.push(dataDir);
    const keys = generateKeyPairSync('ed25519');
    const entry = sealAuditEntry(
      {
        id: 'node-a:000000000001',
        nodeId: 'node-a',
        seq: 1,
        at: '2026-11-26T10:00:00.000Z',
        hlc: '0001',
        actorId: 'system:first-run',
        command: 'createWorkspace',
        input: { workspaceName: 'Northwind' },
        documentIds: ['workspaces/ws-1'],
        prevHash: GENESIS_HASH,
      },
      keys.privateKey,
    );
    const old = await createRxDatabase({
      name: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
      multiInstance: false,
    });
    await old.addCollections({ audit: { schema: versionZeroSchema() } });
    await old.collections['audit']?.insert(entry);
    await old.close();

    const database = await createLanternDatabase({
      name: 'lantern',
      storage: getRxStorageSqlite({ dataDir }),
    });
    const stored = (await database.audit.find().exec()).map(
      (doc: { toMutableJSON(): AuditEntryDoc }) => doc.toMutableJSON(),
    );
    await database.close();
    expect(stored).toEqual([entry]);
    expect(verifyAuditChain(stored, keys.publicKey, true)).toEqual({ ok: true, checked: 1 });
  });
});
