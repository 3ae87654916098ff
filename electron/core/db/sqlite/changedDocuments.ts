import type { RxDocumentData, RxStorageDefaultCheckpoint } from 'rxdb';
import type { CollectionTables } from './collectionTables.ts';
import { parseRows } from './documentRows.ts';
import { statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/**
 * Documents written after the checkpoint, ordered by (lwt, id). The row-value
 * comparison lets SQLite seek the (lwt, id) index, and documents sharing the
 * checkpoint's lwt are continued by id, so none is skipped or repeated.
 */
export function changedDocumentsSince<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  primaryPath: string,
  limit: number,
  checkpoint: RxStorageDefaultCheckpoint | undefined,
): { documents: RxDocumentData<RxDocType>[]; checkpoint: RxStorageDefaultCheckpoint } {
  const sql = `SELECT data FROM ${tables.docs} WHERE (lwt, id) > (?, ?) ORDER BY lwt, id LIMIT ?`;
  const sinceLwt = checkpoint ? checkpoint.lwt : -Infinity;
  const sinceId = checkpoint ? checkpoint.id : '';
  const documents = parseRows<RxDocType>(statement(connection, sql).all(sinceLwt, sinceId, limit));
  const last = documents[documents.length - 1];
  if (!last) {
    return { documents, checkpoint: checkpoint ?? { id: '', lwt: 0 } };
  }
  const lastId = (last as Record<string, unknown>)[primaryPath] as string;
  return { documents, checkpoint: { id: lastId, lwt: last._meta.lwt } };
}
