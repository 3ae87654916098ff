import { rmSync } from 'node:fs';
import { now } from 'rxdb';
import { describe, expect, it } from 'vitest';
import { DocumentCache, documentCache } from './documentCache.ts';
import { useStorageHarness } from './storageHarness.ts';
import { incidentDocument } from './testSupport.ts';

const harness = useStorageHarness();

describe('the cache of documents read by id', () => {
  it('answers a repeated read from memory and never serves a document after it was rewritten', async () => {
    const node = await harness.openInstance();
    const remoteClient = await harness.openInstance();
    const v1 = incidentDocument({ id: 'inc-1' });
    await node.bulkWrite([{ document: v1 }], 'insert');
    const hits = documentCache.hits;
    expect(await remoteClient.findDocumentsById(['inc-1'], false)).toEqual([v1]);
    expect(await node.findDocumentsById(['inc-1'], false)).toEqual([v1]);
    expect(documentCache.hits - hits).toBe(1);

    // A replicated or local write through the other instance is seen at once.
    const v2 = { ...v1, _rev: '2-b', title: 'Renamed', _meta: { lwt: now() + 1 } };
    await remoteClient.bulkWrite([{ previous: v1, document: v2 }], 'replication');
    expect(await node.findDocumentsById(['inc-1'], false)).toEqual([v2]);

    const v3 = { ...v2, _rev: '3-c', _deleted: true, _meta: { lwt: now() + 2 } };
    await node.bulkWrite([{ previous: v2, document: v3 }], 'delete');
    expect(await node.findDocumentsById(['inc-1'], false)).toEqual([]);
    expect(await node.findDocumentsById(['inc-1'], true)).toEqual([v3]);
    // A negative age purges every deleted row, whatever its lwt (this one is a little ahead).
    await node.cleanup(-60_000);
    expect(await node.findDocumentsById(['inc-1'], true)).toEqual([]);
  });

  it('keeps a conflicting write from changing what is read', async () => {
    const instance = await harness.openInstance();
    const v1 = incidentDocument({ id: 'inc-2' });
    await instance.bulkWrite([{ document: v1 }], 'insert');
    await instance.findDocumentsById(['inc-2'], false);
    const stale = { ...v1, _rev: '2-x', title: 'Lost', _meta: { lwt: now() + 1 } };
    const result = await instance.bulkWrite([{ document: stale }], 'conflict');
    expect(result.error).toHaveLength(1);
    expect(await instance.findDocumentsById(['inc-2'], false)).toEqual([v1]);
  });

  it('does not carry documents over to a database created again under the same name', async () => {
    const first = await harness.openInstance({ databaseName: 'again' });
    await first.bulkWrite([{ document: incidentDocument({ id: 'inc-3' }) }], 'insert');
    expect(await first.findDocumentsById(['inc-3'], false)).toHaveLength(1);
    await first.close();
    rmSync(`${harness.dataDir}/again.sqlite`, { force: true });
    rmSync(`${harness.dataDir}/again.sqlite-wal`, { force: true });
    const second = await harness.openInstance({ databaseName: 'again' });
    expect(await second.findDocumentsById(['inc-3'], false)).toEqual([]);
  });

  it('holds at most its capacity, dropping the least recently read first', () => {
    const cache = new DocumentCache(2);
    const stored = new Map(
      ['a', 'b', 'c'].map((id) => [
        id,
        { id, _deleted: false, _rev: '1-a', _attachments: {}, _meta: { lwt: 1 } },
      ]),
    );
    const loads: string[][] = [];
    const read = (ids: string[]) =>
      cache.read('c1', ids, false, 'id', (missing) => {
        loads.push(missing);
        return missing.map((id) => stored.get(id) as never);
      });
    read(['a', 'b']);
    read(['a']);
    read(['c']);
    expect(cache.size).toBe(2);
    read(['a', 'b']);
    expect(loads).toEqual([['a', 'b'], ['c'], ['b']]);
  });
});
