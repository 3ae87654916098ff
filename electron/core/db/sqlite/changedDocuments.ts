import { getStartIndexStringFromLowerBound } from 'rxdb';
import type { RxDocumentData, RxJsonSchema, RxStorageDefaultCheckpoint } from 'rxdb';
import type { SQLInputValue } from 'node:sqlite';
import type { CollectionTables } from './collectionTables.ts';
import { parseRows } from './documentRows.ts';
import { encodeIndexableString } from './keySegments.ts';
import { valueStatement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/**
 * Documents written after the checkpoint, ordered by (lwt, id), so documents
 * sharing the checkpoint's lwt are continued by id: none is skipped or
 * repeated. Uses the key column of RxDB's ['_meta.lwt', primaryKey] index
 * when the schema has it, else the lwt and id columns.
 */
export function changedDocumentsSince<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  limit: number,
  checkpoint: RxStorageDefaultCheckpoint | undefined,
): { documents: RxDocumentData<RxDocType>[]; checkpoint: RxStorageDefaultCheckpoint } {
  const { sql, params } = changesSql(tables, schema, checkpoint);
  const documents = parseRows<RxDocType>(valueStatement(connection, sql).all(...params, limit));
  const last = documents[documents.length - 1];
  if (!last) {
    return { documents, checkpoint: checkpoint ?? { id: '', lwt: 0 } };
  }
  const primaryPath = tables.primaryPath;
  const lastId = (last as Record<string, unknown>)[primaryPath] as string;
  return { documents, checkpoint: { id: lastId, lwt: last._meta.lwt } };
}

export function changesSql<RxDocType>(
  tables: CollectionTables<RxDocType>,
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  checkpoint: RxStorageDefaultCheckpoint | undefined,
): { sql: string; params: SQLInputValue[] } {
  const key = tables.changesKey;
  if (!key) {
    const where = checkpoint ? 'WHERE (lwt, id) > (?, ?) ' : '';
    const params = checkpoint ? [checkpoint.lwt, checkpoint.id] : [];
    return { sql: `SELECT data FROM ${tables.docs} ${where}ORDER BY lwt, id LIMIT ?`, params };
  }
  if (!checkpoint) {
    return { sql: `SELECT data FROM ${tables.docs} ORDER BY ${key.column} LIMIT ?`, params: [] };
  }
  const after = getStartIndexStringFromLowerBound(
    schema,
    [...key.fields],
    [checkpoint.lwt, checkpoint.id],
  );
  const afterKey = encodeIndexableString(after, key.segments);
  if (!afterKey) {
    throw new Error(`Checkpoint id "${checkpoint.id}" is longer than the primary key allows.`);
  }
  return {
    sql: `SELECT data FROM ${tables.docs} WHERE ${key.column} > ? ORDER BY ${key.column} LIMIT ?`,
    params: [afterKey],
  };
}
