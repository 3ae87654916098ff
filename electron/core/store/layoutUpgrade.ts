import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { createRxDatabase, type RxStorage } from 'rxdb';
import { createLanternDatabase, type LanternDatabase } from '../../../shared/store/database.ts';
import { isKindName, type KindName } from '../../../shared/store/kinds.ts';
import { storeKindWrites, type KindWrite } from '../../../shared/store/kindWrites.ts';
import { upgradeStoredRecords } from '../../../shared/store/recordUpgrades.ts';
import { kindProblems } from '../../../shared/store/kindValidation.ts';
import type { FieldClocks } from '../../../shared/sync/fieldClocks.ts';
import { databaseFilePath, ownerFilePath } from '../db/sqlite/databaseFile.ts';
import { writeFileAtomic } from '../files/atomicWrite.ts';
import { LAYOUT1_COLLECTIONS, layout1Collections } from './layout1.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- RxStorage internals differ per storage
type AnyStorage = RxStorage<any, any>;

export interface LayoutUpgradeOptions {
  dataDir: string;
  databaseName: string;
  storage: AnyStorage;
  log: (message: string) => void;
  /** Tests stop here to play a crash at that step. */
  crashAfter?: 'snapshot' | 'file-removed';
}

/** Every document of layout 1, by collection (= kind), as stored. */
type Layout1Snapshot = Record<string, Record<string, unknown>[]>;

const LAYOUT1_ONLY = LAYOUT1_COLLECTIONS.filter(
  (name) => !['incidents', 'timeline', 'audit', 'communicationLog'].includes(name),
);

export function snapshotPath(dataDir: string, databaseName: string): string {
  return join(dataDir, `${databaseName}.layout1-snapshot.json`);
}

/** True when the database file holds layout 1's collections (one per kind). */
export function holdsLayout1(file: string): boolean {
  if (!existsSync(file)) return false;
  const db = new DatabaseSync(file, { readOnly: true });
  try {
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'docs_%'")
      .all() as { name: string }[];
    return tables.some(({ name }) => LAYOUT1_ONLY.some((c) => name.startsWith(`docs_${c}_v`)));
  } catch (error) {
    // Another Lantern holds the file: opening the storage says so in a person's words.
    if (/locked|busy/i.test((error as Error).message)) return false;
    throw error;
  } finally {
    db.close();
  }
}

async function readLayout1(options: LayoutUpgradeOptions): Promise<Layout1Snapshot> {
  const legacy = await createRxDatabase({
    name: options.databaseName,
    storage: options.storage,
    multiInstance: false,
    closeDuplicates: true,
  });
  try {
    await legacy.addCollections(layout1Collections());
    const snapshot: Layout1Snapshot = {};
    for (const name of LAYOUT1_COLLECTIONS) {
      const collection = legacy.collections[name];
      if (!collection) throw new Error(`layout 1 collection ${name} did not open`);
      const docs = await collection.find().exec();
      snapshot[name] = docs.map((doc) => doc.toMutableJSON() as Record<string, unknown>);
    }
    return snapshot;
  } finally {
    await legacy.close();
  }
}

/** Layout 1's documents as writes of layout 2, clocks and content unchanged. */
export function layout1Writes(snapshot: Layout1Snapshot): KindWrite[] {
  const writes: KindWrite[] = [];
  for (const [collection, documents] of Object.entries(snapshot)) {
    if (!isKindName(collection)) throw new Error(`layout 1 has no collection ${collection}`);
    for (const stored of documents) {
      const { fieldClocks, ...document } = stored;
      writes.push({
        kind: collection as KindName,
        document,
        ...(fieldClocks ? { fieldClocks: fieldClocks as FieldClocks } : {}),
      });
    }
  }
  return writes;
}

async function restoreSnapshot(
  database: LanternDatabase,
  snapshot: Layout1Snapshot,
  log: (message: string) => void,
): Promise<number> {
  const writes = layout1Writes(snapshot);
  for (const write of writes) {
    const problem = kindProblems(write.kind, write.document)[0];
    // Kept all the same: nothing is dropped in an upgrade; reads report it.
    if (problem)
      log(
        `layout upgrade: ${write.kind}/${String(write.document.id)} — ${problem.field}: ${problem.reason}`,
      );
  }
  for (let start = 0; start < writes.length; start += 500)
    await storeKindWrites(database, writes.slice(start, start + 500));
  return writes.length;
}

/**
 * Open the workspace database on layout 2, moving a layout 1 data folder
 * over first. Crash-safe: every document is first written to a snapshot
 * file (fsynced, renamed into place); only then is the old file removed,
 * and the snapshot is deleted only after every document is stored again.
 * A start that finds a snapshot resumes from it (storing is idempotent).
 */
export async function openWithCurrentLayout(
  options: LayoutUpgradeOptions,
): Promise<LanternDatabase> {
  const file = databaseFilePath(options.dataDir, options.databaseName);
  const snapshotFile = snapshotPath(options.dataDir, options.databaseName);
  if (!existsSync(snapshotFile) && holdsLayout1(file)) {
    options.log('storage: moving this data folder from layout 1 to layout 2 (records)');
    const snapshot = await readLayout1(options);
    writeFileAtomic(snapshotFile, JSON.stringify(snapshot));
    if (options.crashAfter === 'snapshot') throw new Error('crash after snapshot (test)');
  }
  if (existsSync(snapshotFile) && holdsLayout1(file)) {
    for (const path of [file, `${file}-wal`, `${file}-shm`, ownerFilePath(file)])
      rmSync(path, { force: true });
    if (options.crashAfter === 'file-removed')
      throw new Error('crash after removing the file (test)');
  }
  const database = await createLanternDatabase({
    name: options.databaseName,
    storage: options.storage,
  });
  if (existsSync(snapshotFile)) {
    const snapshot = JSON.parse(readFileSync(snapshotFile, 'utf8')) as Layout1Snapshot;
    const count = await restoreSnapshot(database, snapshot, options.log);
    rmSync(snapshotFile);
    options.log(`storage: layout 2 holds the ${count} documents of layout 1`);
  }
  const upgraded = await upgradeStoredRecords(database);
  if (upgraded > 0) options.log(`storage: ${upgraded} records brought up to their kind's version`);
  return database;
}
