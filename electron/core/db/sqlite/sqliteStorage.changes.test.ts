import { describe, expect, it } from 'vitest';
import { getChangedDocumentsSince, now, stackCheckpoints } from 'rxdb';
import type { EventBulk, RxDocumentData, RxStorageChangeEvent } from 'rxdb';
import { useStorageHarness } from './storageHarness.ts';
import { incidentDocument } from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

/** changeStream() events and getChangedDocumentsSince() checkpoints. */
type Bulk = EventBulk<
  RxStorageChangeEvent<RxDocumentData<IncidentRecord>>,
  { id: string; lwt: number }
>;

const harness = useStorageHarness();
const openInstance = (names?: { databaseName?: string; collectionName?: string }) =>
  harness.openInstance(names);

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

  it('gives a checkpoint past every document of a bulk, even for ids with control characters', async () => {
    const instance = await openInstance();
    const bulks: Bulk[] = [];
    const subscription = instance.changeStream().subscribe((bulk) => bulks.push(bulk as Bulk));
    const lwt = now();
    // In RxDB's padded index strings 'a\u0001' sorts before 'a' (U+0001 < space).
    const docs = ['a', 'a\u0001'].map((id) => incidentDocument({ id }, { _meta: { lwt } }));
    await instance.bulkWrite(
      docs.map((document) => ({ document })),
      'test',
    );
    subscription.unsubscribe();
    const checkpoint = bulks[0]?.checkpoint;
    expect(checkpoint).toEqual({ id: 'a', lwt });
    const all = await getChangedDocumentsSince(instance, 10);
    expect(all.documents.map((doc) => doc.id)).toEqual(['a\u0001', 'a']);
    expect((await getChangedDocumentsSince(instance, 10, checkpoint)).documents).toEqual([]);
  });
});
