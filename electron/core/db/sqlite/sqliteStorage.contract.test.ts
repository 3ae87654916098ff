import { existsSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { now } from 'rxdb';
import type { RxStorage } from 'rxdb';
import {
  CollectionLayoutMismatchError,
  DatabaseFileDamagedError,
  getRxStorageSqlite,
  InvalidDatabaseNameError,
} from './index.ts';
import { useStorageHarness } from './storageHarness.ts';
import type { IncidentInstance } from './storageHarness.ts';
import { createIncidentInstance, incidentDocument, incidentSchema } from './testSupport.ts';

type Instance = IncidentInstance;

const harness = useStorageHarness();
const openInstance = (names?: { databaseName?: string; collectionName?: string }) =>
  harness.openInstance(names);

describe('files', () => {
  it('keeps one database in <dataDir>/<databaseName>.sqlite', async () => {
    await openInstance({ databaseName: 'workspace-acme' });
    expect(existsSync(path.join(harness.dataDir, 'workspace-acme.sqlite'))).toBe(true);
    // Exclusive locking keeps the WAL index in memory: no shared-memory file.
    expect(existsSync(path.join(harness.dataDir, 'workspace-acme.sqlite-shm'))).toBe(false);
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
    const viaSymlink = path.join(harness.dataDir, 'link');
    symlinkSync(harness.dataDir, viaSymlink);
    const other = (await createIncidentInstance(
      getRxStorageSqlite({ dataDir: path.join(viaSymlink, '..', 'link') }) as RxStorage<
        unknown,
        unknown
      >,
      { databaseName: 'contract' },
    )) as Instance;
    harness.track(other);
    const seen: string[] = [];
    const subscription = other
      .changeStream()
      .subscribe((bulk) => seen.push(bulk.events[0]?.documentId ?? ''));
    await direct.bulkWrite([{ document: incidentDocument({ id: 'inc-via-link' }) }], 'test');
    subscription.unsubscribe();
    expect(seen).toEqual(['inc-via-link']);
  });

  it('refuses a damaged database file with DatabaseFileDamagedError and leaves it alone', async () => {
    const file = path.join(harness.dataDir, 'contract.sqlite');
    writeFileSync(file, 'this is not a SQLite database, it is a shift handoff note '.repeat(100));
    await expect(openInstance()).rejects.toBeInstanceOf(DatabaseFileDamagedError);
    expect(readFileSync(file, 'utf8')).toContain('shift handoff note');
  });

  it('refuses a collection whose stored index layout differs from the schema', async () => {
    const first = await openInstance();
    await first.close();
    const changed = {
      ...incidentSchema(),
      indexes: [...(incidentSchema().indexes ?? []), ['status', 'title']],
    };
    await expect(
      createIncidentInstance(harness.storage, { databaseName: 'contract' }, changed as never),
    ).rejects.toBeInstanceOf(CollectionLayoutMismatchError);
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
      harness.storage,
      { databaseName: 'contract' },
      { ...incidentSchema(), version: 1 },
    )) as Instance;
    harness.track(v1);
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
