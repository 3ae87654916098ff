import { useEffect, useState } from 'react';
import type { KindQuery } from '../../../../shared/store/kindQuery.ts';
import { kindStore } from '../../../../shared/store/kindStore.ts';
import type { KindName, LanternDocs } from '../../../../shared/store/kinds.ts';
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
export function useLiveQuery<K extends KindName>(
  kind: K,
  query: KindQuery<LanternDocs[K]>,
): LiveQueryResult<LanternDocs[K]> {
  const database = useDatabase();
  const key = `${kind}:${JSON.stringify(query)}`;
  const [snapshot, setSnapshot] = useState<Snapshot<LanternDocs[K]> | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const mango = JSON.parse(key.slice(kind.length + 1)) as KindQuery<LanternDocs[K]>;
    let retry: ReturnType<typeof setTimeout> | undefined;
    const subscription = kindStore(database)
      .find$(kind, mango)
      .subscribe({
        next: (documents) => setSnapshot({ key, documents, error: null }),
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
  }, [database, kind, key, attempt]);

  const current = snapshot?.key === key ? snapshot : null;
  return {
    documents: current?.documents ?? NO_DOCUMENTS,
    loading: current === null,
    error: current?.error ?? null,
  };
}

/** One document by primary key, live; `undefined` while loading or when it does not exist. */
export function useLiveDocument<K extends KindName>(
  kind: K,
  id: string | undefined,
): { document: LanternDocs[K] | undefined; loading: boolean } {
  const selector = { id: id ?? '' } as KindQuery<LanternDocs[K]>['selector'];
  const { documents, loading } = useLiveQuery(kind, { selector, limit: 1 });
  return { document: documents[0], loading };
}
