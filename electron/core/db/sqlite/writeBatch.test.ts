import { describe, expect, it } from 'vitest';
import type { RxStorageInstance } from 'rxdb';
import type { RxStorageSqlite } from './index.ts';
import { useStorageHarness } from './storageHarness.ts';
import { incidentDocument } from './testSupport.ts';
import type { IncidentRecord } from './testSupport.ts';

/** Write batches: one transaction across collections, events after COMMIT, others wait. */
const harness = useStorageHarness();
type Instance = RxStorageInstance<IncidentRecord, unknown, unknown>;

async function twoCollections() {
  const incidents = await harness.openInstance({ collectionName: 'incidents' });
  const timeline = await harness.openInstance({ collectionName: 'timeline' });
  const events: string[] = [];
  for (const [name, instance] of [
    ['incidents', incidents],
    ['timeline', timeline],
  ] as const) {
    instance
      .changeStream()
      .subscribe((bulk) => events.push(...bulk.events.map((e) => `${name}/${e.documentId}`)));
  }
  const batch = <T>(work: () => Promise<T>) =>
    (harness.storage as unknown as RxStorageSqlite).runInWriteBatch('contract', work);
  return { incidents, timeline, events, batch };
}

const insert = (instance: Instance, id: string) =>
  instance.bulkWrite([{ document: incidentDocument({ id }) }], 'test');

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

const ids = async (instance: Instance, wanted: string[]) =>
  (await instance.findDocumentsById(wanted, false)).map((doc) => doc.id).sort();

describe('write batch', () => {
  it('commits writes to several collections together and announces them only after COMMIT', async () => {
    const { incidents, timeline, events, batch } = await twoCollections();
    await batch(async () => {
      await insert(incidents, 'inc-1');
      await insert(timeline, 'entry-1');
      // Inside the batch its own writes are visible, but nobody has been told yet.
      expect(await ids(incidents, ['inc-1'])).toEqual(['inc-1']);
      expect(events).toEqual([]);
    });
    expect(events).toEqual(['incidents/inc-1', 'timeline/entry-1']);
    expect(await ids(timeline, ['entry-1'])).toEqual(['entry-1']);
  });

  it('rolls back every collection and drops the events when the work throws', async () => {
    const { incidents, timeline, events, batch } = await twoCollections();
    const failure = batch(async () => {
      await insert(incidents, 'inc-1');
      await insert(timeline, 'entry-1');
      throw new Error('plan failed');
    });
    await expect(failure).rejects.toThrow('plan failed');
    expect(events).toEqual([]);
    expect(await ids(incidents, ['inc-1'])).toEqual([]);
    expect(await ids(timeline, ['entry-1'])).toEqual([]);
  });

  it('rolls back a failing nested batch alone and commits its siblings', async () => {
    const { incidents, timeline, events, batch } = await twoCollections();
    const outcomes = await batch(async () =>
      Promise.allSettled([
        batch(async () => insert(incidents, 'inc-1')),
        batch(async () => {
          await insert(timeline, 'entry-lost');
          throw new Error('second command fails');
        }),
        batch(async () => insert(timeline, 'entry-3')),
      ]),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual([
      'fulfilled',
      'rejected',
      'fulfilled',
    ]);
    expect(events).toEqual(['incidents/inc-1', 'timeline/entry-3']);
    expect(await ids(timeline, ['entry-lost', 'entry-3'])).toEqual(['entry-3']);
  });

  it('makes readers and writers outside the batch wait for its COMMIT', async () => {
    const { incidents, timeline, batch } = await twoCollections();
    const order: string[] = [];
    // Registered outside the batch, like a replication push or a window's query:
    // promise reactions run in the async context they were registered in.
    const start = deferred();
    const outsideRead = start.promise.then(() =>
      ids(incidents, ['inc-1']).then((found) => {
        order.push('outside read');
        return found;
      }),
    );
    const outsideWrite = start.promise.then(() =>
      insert(timeline, 'pushed-by-peer').then(() => order.push('outside write')),
    );
    await batch(async () => {
      await insert(incidents, 'inc-1');
      start.resolve();
      await new Promise((tick) => setTimeout(tick, 20));
      order.push('batch done');
    });
    expect(await outsideRead).toEqual(['inc-1']);
    await outsideWrite;
    expect(order[0]).toBe('batch done');
    expect(order.slice(1).sort()).toEqual(['outside read', 'outside write']);
    expect(await ids(timeline, ['pushed-by-peer'])).toEqual(['pushed-by-peer']);
  });

  it('never lets an outside reader see rows that are then rolled back', async () => {
    const { incidents, batch } = await twoCollections();
    const start = deferred();
    const seenOutside = start.promise.then(() => ids(incidents, ['inc-doomed']));
    await batch(async () => {
      await insert(incidents, 'inc-doomed');
      start.resolve();
      await new Promise((tick) => setTimeout(tick, 10));
      throw new Error('rolled back');
    }).catch(() => undefined);
    expect(await seenOutside).toEqual([]);
  });

  it('keeps a conflicting bulkWrite inside a batch from undoing the batch', async () => {
    const { incidents, events, batch } = await twoCollections();
    await insert(incidents, 'inc-1');
    events.length = 0;
    await batch(async () => {
      const conflict = await insert(incidents, 'inc-1');
      expect(conflict.error.map((error) => error.status)).toEqual([409]);
      await insert(incidents, 'inc-2');
    });
    expect(events).toEqual(['incidents/inc-2']);
  });
});
