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

/**
 * Subscribes to a reactive RxDB query. The query is compared by value, so an
 * inline object literal does not resubscribe on every render.
 */
export function useLiveQuery<K extends CollectionName>(
  collectionName: K,
  query: MangoQuery<LanternDocs[K]>,
): LiveQueryResult<LanternDocs[K]> {
  const database = useDatabase();
  const key = `${collectionName}:${JSON.stringify(query)}`;
  const [snapshot, setSnapshot] = useState<Snapshot<LanternDocs[K]> | null>(null);

  useEffect(() => {
    const collection = database.collections[collectionName] as unknown as RxCollection<
      LanternDocs[K]
    >;
    const mango = JSON.parse(key.slice(collectionName.length + 1)) as MangoQuery<LanternDocs[K]>;
    const subscription = collection.find(mango).$.subscribe({
      next: (found) =>
        setSnapshot({
          key,
          documents: found.map((doc) => doc.toJSON() as LanternDocs[K]),
          error: null,
        }),
      error: (error: unknown) =>
        setSnapshot({
          key,
          documents: NO_DOCUMENTS,
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    });
    return () => subscription.unsubscribe();
  }, [database, collectionName, key]);

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
