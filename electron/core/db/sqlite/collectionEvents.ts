import { Subject } from 'rxjs';
import type { EventBulk, RxStorageChangeEvent, RxStorageDefaultCheckpoint } from 'rxdb';

/**
 * In-process state shared by every storage instance of one collection
 * (database file + collection + schema version): the node's own RxDatabase
 * and the instances serving remote renderer clients see each other's writes.
 */
export type CollectionEventBulk = EventBulk<
  RxStorageChangeEvent<unknown>,
  RxStorageDefaultCheckpoint
>;

export type SharedCollectionState = {
  readonly key: string;
  readonly changes: Subject<CollectionEventBulk>;
  refCount: number;
  removed: boolean;
};

const sharedStates = new Map<string, SharedCollectionState>();

export function acquireCollectionState(filePath: string, baseName: string): SharedCollectionState {
  const key = `${filePath}\n${baseName}`;
  let state = sharedStates.get(key);
  if (!state) {
    state = { key, changes: new Subject(), refCount: 0, removed: false };
    sharedStates.set(key, state);
  }
  state.refCount += 1;
  return state;
}

export function releaseCollectionState(state: SharedCollectionState): void {
  state.refCount -= 1;
  if (state.refCount <= 0 && sharedStates.get(state.key) === state) {
    sharedStates.delete(state.key);
    state.changes.complete();
  }
}

/** After remove(), the next instance starts from a fresh state; open ones keep seeing `removed`. */
export function forgetCollectionState(state: SharedCollectionState): void {
  state.removed = true;
  if (sharedStates.get(state.key) === state) {
    sharedStates.delete(state.key);
  }
}
