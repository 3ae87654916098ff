// Knows the newest change checkpoint of each exposed storage instance.
// The node tells a client this checkpoint when it opens an instance, so a
// client that loses its connection can later ask for exactly the changes it
// missed (getChangedDocumentsSince) instead of showing stale queries.
import { getChangedDocumentsSince } from 'rxdb';
import type { NodeStorageInstance } from './storageTargets.ts';

const PAGE_SIZE = 1000;

type Tracker = { latest: unknown };

const trackerByInstance = new WeakMap<NodeStorageInstance, Promise<Tracker>>();

export function latestCheckpoint(instance: NodeStorageInstance): Promise<unknown> {
  let tracker = trackerByInstance.get(instance);
  if (!tracker) {
    tracker = startTracking(instance);
    trackerByInstance.set(instance, tracker);
  }
  return tracker.then((found) => found.latest);
}

async function startTracking(instance: NodeStorageInstance): Promise<Tracker> {
  const tracker: Tracker = { latest: undefined };
  let liveSeen = false;
  // Subscribe first so nothing written while we page is lost; the
  // subscription ends when the instance closes (its stream completes).
  instance.changeStream().subscribe((bulk) => {
    liveSeen = true;
    tracker.latest = bulk.checkpoint;
  });
  let checkpoint: unknown = undefined;
  for (;;) {
    const page = await getChangedDocumentsSince(instance, PAGE_SIZE, checkpoint);
    if (page.documents.length > 0) checkpoint = page.checkpoint;
    if (page.documents.length < PAGE_SIZE) break;
  }
  if (!liveSeen) tracker.latest = checkpoint;
  return tracker;
}
