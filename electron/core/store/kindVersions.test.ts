import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRxDatabase, type RxStorage } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { createLanternDatabase, type LanternDatabase } from '../../../shared/store/database.ts';
import { defineKind, type OwnStorage, type SharedStorage } from '../../../shared/store/kind.ts';
import { ownCollectionMigrations, ownCollectionSchema } from '../../../shared/store/layout.ts';
import { upgradeStoredRecords } from '../../../shared/store/recordUpgrades.ts';
import { wrapRecord } from '../../../shared/store/records.ts';
import { mergeDocuments } from '../../../shared/sync/fieldClocks.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';

/**
 * Bumping a kind's version runs its upgrade and keeps every field clock:
 * layout 1 added its field-clock migration at `version + 1`, so the first
 * real bump skipped the kind's own migration and reset every clock.
 */
const drillV0 = z.strictObject({ id: z.string().max(64), title: z.string().max(200) });
const drillV1 = z.strictObject({
  id: z.string().max(64),
  name: z.string().max(200),
  severity: z.string().max(8),
});
const renameTitle = (previous: Record<string, unknown>) => {
  const { title, ...rest } = previous;
  return { ...rest, name: title, severity: 'SEV3' };
};
const clocks = { title: '000001764000000000-000001-node-a' };

function drillKind(version: 0 | 1, collection: 'own' | 'records') {
  const storage: SharedStorage | OwnStorage =
    collection === 'own'
      ? { collection: 'own', indexes: [] }
      : { collection: 'records', columns: {} };
  return version === 0
    ? defineKind({
        name: 'drills',
        noun: 'drill',
        shape: drillV0,
        version: 0,
        appendOnly: false,
        storage,
      })
    : defineKind({
        name: 'drills',
        noun: 'drill',
        shape: drillV1,
        version: 1,
        appendOnly: false,
        storage,
        upgrades: { 1: renameTitle },
      });
}

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});
function sqliteStorage(): RxStorage<unknown, unknown> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-kinds-'));
  folders.push(dataDir);
  return getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>;
}

async function openDrills(storage: RxStorage<unknown, unknown>, version: 0 | 1) {
  const kind = drillKind(version, 'own');
  const database = await createRxDatabase({ name: 'drills', storage, multiInstance: false });
  await database.addCollections({
    drills: {
      schema: ownCollectionSchema(kind),
      migrationStrategies: ownCollectionMigrations(kind),
    },
  });
  return database;
}

function drillsOf(database: Awaited<ReturnType<typeof openDrills>>) {
  const drills = database.collections.drills;
  if (!drills) throw new Error('the drills collection did not open');
  return drills;
}

describe('bumping the version of a kind', () => {
  it('in a collection of its own: runs the upgrade and keeps the field clocks', async () => {
    const storage = sqliteStorage();
    const before = await openDrills(storage, 0);
    await drillsOf(before).insert({ id: 'd1', title: 'Ransomware', fieldClocks: clocks });
    await before.close();
    const after = await openDrills(storage, 1);
    const doc = (await drillsOf(after).findOne('d1').exec())?.toMutableJSON();
    expect(doc).toMatchObject({
      id: 'd1',
      name: 'Ransomware',
      severity: 'SEV3',
      fieldClocks: clocks,
    });
    // A peer's later edit of the added field wins over the upgrade's default (it has no clock).
    const peer = {
      id: 'd1',
      name: 'Ransomware',
      severity: 'SEV1',
      fieldClocks: { ...clocks, severity: '000001764000000500-000000-node-b' },
    };
    expect(mergeDocuments(doc as Record<string, unknown>, peer)).toMatchObject({
      severity: 'SEV1',
    });
    await after.close();
  });

  it('in records: rewrites stored records at the new version with their clocks', async () => {
    const database: LanternDatabase = await createLanternDatabase({
      name: 'records',
      storage: sqliteStorage(),
    });
    await database.records.insert(
      wrapRecord(drillKind(0, 'records'), { id: 'd1', title: 'Ransomware' }, clocks),
    );
    expect(await upgradeStoredRecords(database, [drillKind(1, 'records')])).toBe(1);
    const stored = (await database.records.findOne('drills|d1').exec())?.toMutableJSON();
    expect(stored).toMatchObject({
      v: 1,
      body: { id: 'd1', name: 'Ransomware', severity: 'SEV3' },
      fieldClocks: clocks,
    });
    expect(await upgradeStoredRecords(database, [drillKind(1, 'records')])).toBe(0);
    await database.close();
  });

  it('refuses a kind whose version has no upgrade', () => {
    expect(() =>
      defineKind({
        name: 'drills',
        noun: 'drill',
        shape: drillV1,
        version: 1,
        appendOnly: false,
        storage: { collection: 'records', columns: {} },
      }),
    ).toThrow(/without an upgrade to 1/);
  });
});
