import { mkdtempSync, rmSync, existsSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRxDatabase } from 'rxdb';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_DATABASE_NAME, type LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { isKindName, type KindName } from '../../../shared/store/kinds.ts';
import { kindProblems } from '../../../shared/store/kindValidation.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { layout1Collections } from './layout1.ts';
import { holdsLayout1, openWithCurrentLayout, snapshotPath } from './layoutUpgrade.ts';

/**
 * A data folder written by main before the records layout (the documents
 * in fixtures/layout1Documents.json were stored by that code: a demo node
 * with an incident, its timeline, roles, decisions, an escalation, a sent
 * communication, a handoff brief, an on-call cover and an exercise run).
 */
interface Fixture {
  collections: Record<string, { version: number; documents: Record<string, unknown>[] }>;
}
const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/layout1Documents.json', import.meta.url), 'utf8'),
) as Fixture;

const folders: string[] = [];
afterEach(() => {
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const RXDB_FIELDS = new Set(['_meta', '_rev', '_deleted', '_attachments']);

function content(stored: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(stored).filter(([key]) => !RXDB_FIELDS.has(key)));
}

/** A data folder as layout 1 left it: its 13 collections at their versions, holding the fixture. */
async function layout1Folder(): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-layout1-'));
  folders.push(dataDir);
  const legacy = await createRxDatabase({
    name: DEFAULT_DATABASE_NAME,
    storage: getRxStorageSqlite({ dataDir }),
    multiInstance: false,
  });
  await legacy.addCollections(layout1Collections());
  for (const [name, { documents }] of Object.entries(fixture.collections)) {
    const collection = legacy.collections[name];
    if (!collection) throw new Error(`layout 1 has no collection ${name}`);
    const result = await collection.bulkInsert(documents.map(content));
    expect(result.error, name).toEqual([]);
  }
  await legacy.close();
  return dataDir;
}

async function open(dataDir: string, crashAfter?: 'snapshot' | 'file-removed') {
  const log: string[] = [];
  const database = await openWithCurrentLayout({
    dataDir,
    databaseName: DEFAULT_DATABASE_NAME,
    storage: getRxStorageSqlite({ dataDir }),
    log: (message) => log.push(message),
    ...(crashAfter ? { crashAfter } : {}),
  });
  return { database, log };
}

/** Every document of the fixture, with the same content and clocks, valid for its kind. */
async function expectEveryDocument(database: LanternDatabase): Promise<number> {
  const store = kindStore(database);
  let checked = 0;
  for (const [name, { documents }] of Object.entries(fixture.collections)) {
    expect(isKindName(name), name).toBe(true);
    const kind = name as KindName;
    expect(await store.count(kind), kind).toBe(documents.length);
    for (const original of documents) {
      const { fieldClocks, ...document } = content(original);
      const stored = await store.getStored(kind, String(document.id));
      expect(stored?.document, `${kind}/${String(document.id)}`).toEqual(document);
      expect(stored?.fieldClocks).toEqual(fieldClocks);
      expect(kindProblems(kind, document), `${kind}/${String(document.id)}`).toEqual([]);
      checked++;
    }
  }
  return checked;
}

describe('opening a data folder written before the records layout', () => {
  it('moves every document over with its content and clocks, once', async () => {
    const dataDir = await layout1Folder();
    const file = join(dataDir, `${DEFAULT_DATABASE_NAME}.sqlite`);
    expect(holdsLayout1(file)).toBe(true);
    const { database, log } = await open(dataDir);
    const total = Object.values(fixture.collections).reduce((n, c) => n + c.documents.length, 0);
    expect(total).toBeGreaterThan(200);
    expect(await expectEveryDocument(database)).toBe(total);
    expect(log.some((line) => line.includes(`${total} documents`))).toBe(true);
    await database.close();
    expect(holdsLayout1(file)).toBe(false);
    expect(existsSync(snapshotPath(dataDir, DEFAULT_DATABASE_NAME))).toBe(false);
    const again = await open(dataDir);
    expect(again.log).toEqual([]);
    expect(await expectEveryDocument(again.database)).toBe(total);
    await again.database.close();
  });

  it('loses nothing when the process dies part way through', async () => {
    for (const step of ['snapshot', 'file-removed'] as const) {
      const dataDir = await layout1Folder();
      await expect(open(dataDir, step)).rejects.toThrow(`crash after`);
      const { database } = await open(dataDir);
      await expectEveryDocument(database);
      await database.close();
    }
  });

  it('opens a new folder straight on the current layout', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-layout2-'));
    folders.push(dataDir);
    const { database, log } = await open(dataDir);
    expect(log).toEqual([]);
    expect(Object.keys(database.collections).sort()).toEqual([
      'alerts',
      'audit',
      'communicationLog',
      'incidents',
      'records',
      'timeline',
    ]);
    await database.close();
  });
});
