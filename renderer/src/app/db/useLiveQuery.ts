import { useEffect, useState } from 'react';
import type { MangoQuery, RxCollection } from 'rxdb';
import type { CollectionName, LanternDocs } from '../../../../shared/schema/collections.ts';
import { useDatabase } from './LanternContext.tsx';

export interface LiveQueryResult<Doc> {
  /** Empty while loading; then the current documents, re-emitted on every change. */
  documents: readonly Doc[];
  loading: boolean;
  error: Error | null;
}

interface Snapshot<Doc> {
  key: string;
  documents: readonly Doc[];
  error: Error | null;
}

const NO_DOCUMENTS: readonly never[] = [];

/** After a failed query (node unreachable), subscribe again this much later. */
export const LIVE_QUERY_RETRY_MS = 3_000;

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

/**
 * Subscribes to a reactive RxDB query. The query is compared by value, so an
 * inline object literal does not resubscribe on every render. When the query
 * fails (the node went away) the last documents stay on screen, flagged with
 * the error, and the subscription is retried: a wall must never go blank.
 */
export function useLiveQuery<K extends CollectionName>(
  collectionName: K,
  query: MangoQuery<LanternDocs[K]>,
): LiveQueryResult<LanternDocs[K]> {
  const database = useDatabase();
  const key = `${collectionName}:${JSON.stringify(query)}`;
  const [snapshot, setSnapshot] = useState<Snapshot<LanternDocs[K]> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const collection = database.collections[collectionName] as unknown as RxCollection<
      LanternDocs[K]
    >;
    const mango = JSON.parse(key.slice(collectionName.length + 1)) as MangoQuery<LanternDocs[K]>;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const subscription = collection.find(mango).$.subscribe({
      next: (found) =>
        setSnapshot({
          key,
          documents: found.map((doc) => doc.toJSON() as LanternDocs[K]),
          error: null,
        }),
      error: (error: unknown) => {
        setSnapshot((last) => ({
          key,
          documents: last?.key === key ? last.documents : NO_DOCUMENTS,
          error: asError(error),
        }));
        retry = setTimeout(() => setAttempt((count) => count + 1), LIVE_QUERY_RETRY_MS);
      },
    });
    return () => {
      subscription.unsubscribe();
      clearTimeout(retry);
    };
  }, [database, collectionName, key, attempt]);

  const current = snapshot?.key === key ? snapshot : null;
  return {
    documents: current?.documents ?? NO_DOCUMENTS,
    loading: current === null,
    error: current?.error ?? null,
  };
}

/** One document by primary key, live; `undefined` while loading or when it does not exist. */
export function useLiveDocument<K extends CollectionName>(
  collectionName: K,
  id: string | undefined,
): { document: LanternDocs[K] | undefined; loading: boolean } {
  const selector = { id: id ?? '' } as MangoQuery<LanternDocs[K]>['selector'];
  const { documents, loading } = useLiveQuery(collectionName, { selector, limit: 1 });
  return { document: documents[0], loading };
}
