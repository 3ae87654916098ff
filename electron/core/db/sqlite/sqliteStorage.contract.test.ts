import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getChangedDocumentsSince, now, stackCheckpoints } from 'rxdb';
import type {
  EventBulk,
  RxDocumentData,
  RxStorage,
  RxStorageChangeEvent,
  RxStorageInstance,
} from 'rxdb';
import { DatabaseFileDamagedError, getRxStorageSqlite, InvalidDatabaseNameError } from './index.ts';
import {
  createIncidentInstance,
  incidentDocument,
  incidentSchema,
  temporaryDataDir,
} from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

type Instance = RxStorageInstance<IncidentRecord, unknown, unknown>;
type Bulk = EventBulk<
  RxStorageChangeEvent<RxDocumentData<IncidentRecord>>,
  { id: string; lwt: number }
>;

let dataDir: string;
let removeDataDir: () => void;
let storage: RxStorage<unknown, unknown>;
const open: Instance[] = [];

async function openInstance(
  names: { databaseName?: string; collectionName?: string } = {},
): Promise<Instance> {
  const instance = await createIncidentInstance(storage, { databaseName: 'contract', ...names });
  open.push(instance);
  return instance;
}

beforeEach(() => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
  storage = getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>;
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((instance) => instance.close()));
  removeDataDir();
});

describe('files', () => {
  it('keeps one database in <dataDir>/<databaseName>.sqlite', async () => {
    await openInstance({ databaseName: 'workspace-acme' });
    expect(existsSync(path.join(dataDir, 'workspace-acme.sqlite'))).toBe(true);
    // Exclusive locking keeps the WAL index in memory: no shared-memory file.
    expect(existsSync(path.join(dataDir, 'workspace-acme.sqlite-shm'))).toBe(false);
  });

  it.each(['../escape', '/etc/passwd', '.hidden', 'a/b', 'a\\b', ''])(
    'rejects the database name %j',
    async (name) => {
      await expect(openInstance({ databaseName: name })).rejects.toBeInstanceOf(
        InvalidDatabaseNameError,
      );
    },
  );

  it('shares one connection and event bus between spellings of the same folder', async () => {
    const direct = await openInstance();
    const viaSymlink = path.join(dataDir, 'link');
    symlinkSync(dataDir, viaSymlink);
    const other = (await createIncidentInstance(
      getRxStorageSqlite({ dataDir: path.join(viaSymlink, '..', 'link') }) as RxStorage<
        unknown,
        unknown
      >,
      { databaseName: 'contract' },
    )) as Instance;
    open.push(other);
    const seen: string[] = [];
    const subscription = other
      .changeStream()
      .subscribe((bulk) => seen.push(bulk.events[0]?.documentId ?? ''));
    await direct.bulkWrite([{ document: incidentDocument({ id: 'inc-via-link' }) }], 'test');
    subscription.unsubscribe();
    expect(seen).toEqual(['inc-via-link']);
  });

  it('refuses a damaged database file with DatabaseFileDamagedError and leaves it alone', async () => {
    const file = path.join(dataDir, 'contract.sqlite');
    writeFileSync(file, 'this is not a SQLite database, it is a shift handoff note '.repeat(100));
    await expect(openInstance()).rejects.toBeInstanceOf(DatabaseFileDamagedError);
    expect(readFileSync(file, 'utf8')).toContain('shift handoff note');
  });

  it('keeps documents after close and reopen', async () => {
    const first = await openInstance();
    await first.bulkWrite(
      [{ document: incidentDocument({ id: 'inc-1', title: 'Power loss' }) }],
      'test',
    );
    await first.close();
    const second = await openInstance();
    const [found] = await second.findDocumentsById(['inc-1'], false);
    expect(found?.title).toBe('Power loss');
  });
});

describe('bulkWrite', () => {
  it('returns written documents unchanged, including _meta.lwt and _rev', async () => {
    const instance = await openInstance();
    const doc = incidentDocument({ id: 'inc-1' }, { _meta: { lwt: 1234.56 }, _rev: '7-zz' });
    expect((await instance.bulkWrite([{ document: doc }], 'test')).error).toEqual([]);
    expect(await instance.findDocumentsById(['inc-1'], false)).toEqual([doc]);
  });

  it('reports a 409 with the stored document when the previous revision does not match', async () => {
    const instance = await openInstance();
    const stored = incidentDocument({ id: 'inc-1', title: 'stored' });
    await instance.bulkWrite([{ document: stored }], 'test');
    const response = await instance.bulkWrite(
      [
        { document: incidentDocument({ id: 'inc-1', title: 'again' }) },
        { document: incidentDocument({ id: 'inc-2' }) },
      ],
      'test',
    );
    expect(response.error).toHaveLength(1);
    const conflict = response.error[0] as {
      status: number;
      documentId: string;
      documentInDb?: unknown;
    };
    expect(conflict.status).toBe(409);
    expect(conflict.documentId).toBe('inc-1');
    expect(conflict.documentInDb).toEqual(stored);
    expect(await instance.findDocumentsById(['inc-2'], false)).toHaveLength(1);
  });

  it('keeps the last of two rows with one new id in the same bulk, like the memory storage', async () => {
    const instance = await openInstance();
    const response = await instance.bulkWrite(
      [
        { document: incidentDocument({ id: 'twice', title: 'first row' }) },
        { document: incidentDocument({ id: 'twice', title: 'second row' }) },
      ],
      'test',
    );
    expect(response.error).toEqual([]);
    const [stored] = await instance.findDocumentsById(['twice'], false);
    expect(stored?.title).toBe('second row');
  });

  it('lets only the first of two parallel inserts of one id succeed', async () => {
    const instance = await openInstance();
    const [first, second] = await Promise.all([
      instance.bulkWrite([{ document: incidentDocument({ id: 'same', title: 'first' }) }], 'test'),
      instance.bulkWrite([{ document: incidentDocument({ id: 'same', title: 'second' }) }], 'test'),
    ]);
    expect(first.error).toEqual([]);
    expect(second.error[0]?.status).toBe(409);
  });

  it('updates with the right previous revision and finds deleted documents only when asked', async () => {
    const instance = await openInstance();
    const v1 = incidentDocument({ id: 'inc-1' });
    await instance.bulkWrite([{ document: v1 }], 'test');
    const v2 = { ...v1, _rev: '2-b', _deleted: true, _meta: { lwt: now() } };
    expect((await instance.bulkWrite([{ previous: v1, document: v2 }], 'test')).error).toEqual([]);
    expect(await instance.findDocumentsById(['inc-1'], false)).toEqual([]);
    expect(await instance.findDocumentsById(['inc-1'], true)).toEqual([v2]);
  });
});

describe('transactions', () => {
  it('writes all documents of a bulkWrite or none of them', async () => {
    const instance = await openInstance();
    const events: unknown[] = [];
    const subscription = instance.changeStream().subscribe((bulk) => events.push(bulk));
    // JSON cannot encode a BigInt: the third row fails after two rows went to SQLite.
    const broken = { ...incidentDocument({ id: 'broken' }), budget: 10n } as never;
    const rows = [
      { document: incidentDocument({ id: 'first' }) },
      { document: incidentDocument({ id: 'second' }) },
      { document: broken },
    ];
    await expect(instance.bulkWrite(rows, 'test')).rejects.toThrow(/BigInt/);
    subscription.unsubscribe();
    expect(await instance.findDocumentsById(['first', 'second', 'broken'], true)).toEqual([]);
    expect(events).toEqual([]);
    await instance.bulkWrite(rows.slice(0, 2), 'test');
    expect(await instance.findDocumentsById(['first', 'second'], false)).toHaveLength(2);
  });
});

describe('changeStream', () => {
  it('emits insert, update and delete with context and a checkpoint', async () => {
    const instance = await openInstance();
    const bulks: Bulk[] = [];
    const subscription = instance.changeStream().subscribe((bulk) => bulks.push(bulk as Bulk));
    const v1 = incidentDocument({ id: 'inc-1' });
    const v2 = { ...v1, _rev: '2-b', title: 'Renamed', _meta: { lwt: now() + 1 } };
    const v3 = { ...v2, _rev: '3-c', _deleted: true, _meta: { lwt: now() + 2 } };
    await instance.bulkWrite([{ document: v1 }], 'ctx-insert');
    await instance.bulkWrite([{ previous: v1, document: v2 }], 'ctx-update');
    await instance.bulkWrite([{ previous: v2, document: v3 }], 'ctx-delete');
    await instance.bulkWrite([{ document: v1 }], 'ctx-conflict');
    subscription.unsubscribe();
    expect(bulks.map((bulk) => bulk.context)).toEqual(['ctx-insert', 'ctx-update', 'ctx-delete']);
    expect(bulks.map((bulk) => bulk.events[0]?.operation)).toEqual(['INSERT', 'UPDATE', 'DELETE']);
    expect(bulks[2]?.events[0]?.previousDocumentData).toEqual(v2);
    expect(bulks[2]?.checkpoint).toEqual({ id: 'inc-1', lwt: v3._meta.lwt });
    expect(Object.keys(bulks[0] ?? {}).sort()).toEqual(['checkpoint', 'context', 'events', 'id']);
  });

  it('is shared by instances of the same database and collection', async () => {
    const node = await openInstance();
    const remoteClient = await openInstance();
    const otherCollection = await openInstance({ collectionName: 'timeline' });
    const seen: string[] = [];
    const subscriptions = [
      remoteClient
        .changeStream()
        .subscribe((bulk) => seen.push('remote:' + bulk.events[0]?.documentId)),
      otherCollection
        .changeStream()
        .subscribe((bulk) => seen.push('other:' + bulk.events[0]?.documentId)),
    ];
    await node.bulkWrite([{ document: incidentDocument({ id: 'inc-9' }) }], 'test');
    subscriptions.forEach((subscription) => subscription.unsubscribe());
    expect(seen).toEqual(['remote:inc-9']);
    expect(await remoteClient.findDocumentsById(['inc-9'], false)).toHaveLength(1);
  });

  it('completes the stream of a closed instance while the others keep receiving', async () => {
    const closing = await openInstance();
    const staying = await openInstance();
    let completed = false;
    const received: string[] = [];
    closing.changeStream().subscribe({ complete: () => (completed = true) });
    staying.changeStream().subscribe((bulk) => received.push(bulk.events[0]?.documentId ?? ''));
    await closing.close();
    expect(completed).toBe(true);
    await staying.bulkWrite([{ document: incidentDocument({ id: 'after-close' }) }], 'test');
    expect(received).toEqual(['after-close']);
  });

  it('gives checkpoints after which getChangedDocumentsSince() finds nothing new', async () => {
    const instance = await openInstance();
    const bulks: Bulk[] = [];
    const subscription = instance.changeStream().subscribe((bulk) => bulks.push(bulk as Bulk));
    for (let round = 0; round < 3; round++) {
      const docs = Array.from({ length: 5 }, (_, i) => incidentDocument({ id: `r${round}-${i}` }));
      await instance.bulkWrite(
        docs.map((document) => ({ document })),
        'test',
      );
    }
    subscription.unsubscribe();
    const checkpoint = stackCheckpoints(bulks.map((bulk) => bulk.checkpoint));
    expect((await getChangedDocumentsSince(instance, 100, checkpoint)).documents).toEqual([]);
  });
});

describe('getChangedDocumentsSince', () => {
  it('pages through documents sharing one lwt without skipping or repeating', async () => {
    const instance = await openInstance();
    const lwt = now();
    const docs = Array.from({ length: 25 }, (_, i) =>
      incidentDocument({ id: `inc-${String(i).padStart(2, '0')}` }, { _meta: { lwt } }),
    );
    await instance.bulkWrite(
      [...docs].reverse().map((document) => ({ document })),
      'test',
    );
    const later = incidentDocument({ id: 'aaa-later' }, { _meta: { lwt: lwt + 1 } });
    await instance.bulkWrite([{ document: later }], 'test');
    const ids: string[] = [];
    let checkpoint: unknown = undefined;
    for (;;) {
      const page = await getChangedDocumentsSince(instance, 4, checkpoint);
      if (page.documents.length === 0) {
        expect(page.checkpoint).toEqual(checkpoint);
        break;
      }
      ids.push(...page.documents.map((doc) => doc.id));
      checkpoint = page.checkpoint;
    }
    expect(ids).toEqual([...docs.map((doc) => doc.id), 'aaa-later']);
  });

  it('includes deleted documents and starts from the beginning without a checkpoint', async () => {
    const instance = await openInstance();
    const doc = incidentDocument({ id: 'gone' }, { _deleted: true });
    await instance.bulkWrite([{ document: doc }], 'test');
    const result = await getChangedDocumentsSince(instance, 10);
    expect(result.documents).toEqual([doc]);
    expect(result.checkpoint).toEqual({ id: 'gone', lwt: doc._meta.lwt });
  });
});

describe('cleanup and remove', () => {
  it('purges deleted documents older than the given age and keeps the rest', async () => {
    const instance = await openInstance();
    const old = now() - 60_000;
    await instance.bulkWrite(
      [
        {
          document: incidentDocument(
            { id: 'old-deleted' },
            { _deleted: true, _meta: { lwt: old } },
          ),
        },
        { document: incidentDocument({ id: 'new-deleted' }, { _deleted: true }) },
        { document: incidentDocument({ id: 'old-live' }, { _meta: { lwt: old } }) },
      ],
      'test',
    );
    expect(await instance.cleanup(30_000)).toBe(true);
    const left = await instance.findDocumentsById(['old-deleted', 'new-deleted', 'old-live'], true);
    expect(left.map((doc) => doc.id).sort()).toEqual(['new-deleted', 'old-live']);
  });

  it('remove() drops the collection; a new instance starts empty and other collections stay', async () => {
    const incidents = await openInstance();
    const timeline = await openInstance({ collectionName: 'timeline' });
    await incidents.bulkWrite([{ document: incidentDocument({ id: 'inc-1' }) }], 'test');
    await timeline.bulkWrite([{ document: incidentDocument({ id: 'entry-1' }) }], 'test');
    await incidents.remove();
    const reopened = await openInstance();
    expect(await reopened.findDocumentsById(['inc-1'], true)).toEqual([]);
    expect(await timeline.findDocumentsById(['entry-1'], false)).toHaveLength(1);
  });

  it('allows close() twice and after remove(), but not remove() after close()', async () => {
    const closedTwice = await openInstance();
    await Promise.all([closedTwice.close(), closedTwice.close()]);
    await expect(closedTwice.remove()).rejects.toThrow(/closed/);
    const removed = await openInstance({ collectionName: 'removed' });
    await removed.remove();
    await removed.close();
  });

  it('keeps schema versions of one collection apart', async () => {
    const v0 = await openInstance();
    const v1 = (await createIncidentInstance(
      storage,
      { databaseName: 'contract' },
      { ...incidentSchema(), version: 1 },
    )) as Instance;
    open.push(v1);
    await v0.bulkWrite([{ document: incidentDocument({ id: 'old' }) }], 'test');
    await v1.bulkWrite([{ document: incidentDocument({ id: 'new' }) }], 'test');
    expect((await v0.findDocumentsById(['old', 'new'], true)).map((doc) => doc.id)).toEqual([
      'old',
    ]);
    expect((await v1.findDocumentsById(['old', 'new'], true)).map((doc) => doc.id)).toEqual([
      'new',
    ]);
  });

  it('rejects use after close', async () => {
    const instance = await openInstance();
    await instance.close();
    await expect(instance.findDocumentsById(['x'], false)).rejects.toThrow(/closed/);
  });
});
