import { existsSync } from 'node:fs';
import path from 'node:path';
import { firstValueFrom } from 'rxjs';
import { filter } from 'rxjs/operators';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createRxDatabase } from 'rxdb';
import type { RxJsonSchema } from 'rxdb';
import { wrappedValidateAjvStorage } from 'rxdb/plugins/validate-ajv';
import { CachedWriteInBatchError, getRxStorageSqlite } from './index.ts';
import { openTestDatabase } from './rxDatabaseSupport.ts';
import { temporaryDataDir } from './testSupport.ts';

type BriefingNote = { id: string; incidentId: string; text: string; createdAt: number };

const briefingSchema: RxJsonSchema<BriefingNote> = {
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 40 },
    incidentId: { type: 'string', maxLength: 40 },
    text: { type: 'string' },
    createdAt: { type: 'integer', minimum: 0, maximum: 10_000_000_000_000, multipleOf: 1 },
  },
  required: ['id', 'incidentId', 'text', 'createdAt'],
  indexes: [['incidentId', 'createdAt']],
  attachments: {},
};

let dataDir: string;
let removeDataDir: () => void;

beforeEach(() => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
});

afterEach(() => removeDataDir());

describe('an RxDatabase on the SQLite storage', () => {
  it('runs reactive queries and keeps attachments across restarts', async () => {
    const db = await openTestDatabase(dataDir);
    const { notes } = await db.addCollections({ notes: { schema: briefingSchema } });
    const query = notes.find({ selector: { incidentId: 'inc-1' }, sort: [{ createdAt: 'asc' }] });
    const twoNotes = firstValueFrom(query.$.pipe(filter((found) => found.length === 2)));
    await notes.insert({ id: 'n1', incidentId: 'inc-1', text: 'Evacuate floor 3', createdAt: 1 });
    const second = await notes.insert({
      id: 'n2',
      incidentId: 'inc-1',
      text: 'Floor 3 clear',
      createdAt: 2,
    });
    await notes.insert({ id: 'n3', incidentId: 'inc-2', text: 'Other incident', createdAt: 3 });
    expect((await twoNotes).map((note) => note.id)).toEqual(['n1', 'n2']);
    await second.putAttachment({
      id: 'photo.txt',
      type: 'text/plain',
      data: new Blob(['stairwell photo']),
    });
    await db.close();

    const reopened = await openTestDatabase(dataDir);
    const { notes: again } = await reopened.addCollections({ notes: { schema: briefingSchema } });
    const note = await again.findOne('n2').exec(true);
    const attachment = note.getAttachment('photo.txt');
    expect(await attachment?.getStringData()).toBe('stairwell photo');
    expect(await again.count({ selector: { incidentId: 'inc-1' } }).exec()).toBe(2);
    await reopened.close();
  });

  it('remove() deletes the database file', async () => {
    const db = await openTestDatabase(dataDir, 'short-lived');
    const { notes } = await db.addCollections({ notes: { schema: briefingSchema } });
    await notes.insert({ id: 'n1', incidentId: 'inc-1', text: 'x', createdAt: 1 });
    expect(existsSync(path.join(dataDir, 'short-lived.sqlite'))).toBe(true);
    await db.remove();
    expect(existsSync(path.join(dataDir, 'short-lived.sqlite'))).toBe(false);
  });
});

describe('write batches under an RxDatabase', () => {
  it('refuses RxDB collection writes inside a batch, whose cached state would outlive a rollback', async () => {
    const storage = getRxStorageSqlite({ dataDir });
    const db = await createRxDatabase({
      name: 'workspace',
      storage: wrappedValidateAjvStorage({ storage }),
      multiInstance: false,
    });
    const { notes } = await db.addCollections({ notes: { schema: briefingSchema } });
    const note = { id: 'note-1', incidentId: 'inc-1', text: 'Paged DBA', createdAt: 1 };
    await expect(
      storage.runInWriteBatch('workspace', () => notes.insert(note)),
    ).rejects.toBeInstanceOf(CachedWriteInBatchError);
    // Through the storage instance the write joins the batch; RxDB hears of it after COMMIT.
    const seen = firstValueFrom(notes.$.pipe(filter((event) => event.documentId === 'note-1')));
    await storage.runInWriteBatch('workspace', async () => {
      const row = {
        document: { ...note, _deleted: false, _attachments: {}, _rev: '', _meta: { lwt: 0 } },
      };
      const written = await notes.storageInstance.bulkWrite([row], 'lantern-command');
      expect(written.error).toEqual([]);
    });
    expect((await seen).operation).toBe('INSERT');
    expect((await notes.findOne('note-1').exec())?.text).toBe('Paged DBA');
    await db.close();
  });
});
