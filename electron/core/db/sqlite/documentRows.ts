import type { RxDocumentData } from 'rxdb';
import type { SQLInputValue } from 'node:sqlite';
import type { CollectionTables } from './collectionTables.ts';
import { statement, valueStatement } from './sqliteConnection.ts';
import type { SqliteConnection, ValueRow } from './sqliteConnection.ts';

/** Reading and writing whole document rows of a collection's docs table. */

export function findDocumentRows<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  ids: readonly string[],
  withDeleted: boolean,
): RxDocumentData<RxDocType>[] {
  if (ids.length === 0) {
    return [];
  }
  const onlyLive = withDeleted ? '' : ' AND deleted = 0';
  if (ids.length === 1) {
    const sql = `SELECT data FROM ${tables.docs} WHERE id = ?${onlyLive}`;
    return parseRows(valueStatement(connection, sql).all(ids[0] as string));
  }
  const sql = `SELECT data FROM ${tables.docs} WHERE id IN (SELECT value FROM json_each(?))${onlyLive}`;
  return parseRows(valueStatement(connection, sql).all(JSON.stringify(ids)));
}

export function findDocumentsInDb<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  ids: readonly string[],
): Map<string, RxDocumentData<RxDocType>> {
  const found = new Map<string, RxDocumentData<RxDocType>>();
  const rows =
    ids.length === 1
      ? valueStatement(connection, `SELECT id, data FROM ${tables.docs} WHERE id = ?`).all(
          ids[0] as string,
        )
      : valueStatement(
          connection,
          `SELECT id, data FROM ${tables.docs} WHERE id IN (SELECT value FROM json_each(?))`,
        ).all(JSON.stringify(ids));
  for (const row of rows) {
    found.set(row[0] as string, JSON.parse(row[1] as string) as RxDocumentData<RxDocType>);
  }
  return found;
}

/**
 * Inserts or replaces documents; `data` is the document without attachment
 * bodies. One single-row statement per document: measured faster here than
 * multi-row INSERTs, whose bigger argument lists cost more than the calls.
 */
export function upsertDocumentRows<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  primaryPath: string,
  documents: readonly RxDocumentData<RxDocType>[],
): void {
  if (documents.length === 0) {
    return;
  }
  const upsert = statement(connection, upsertSql(tables));
  const values = new Array<SQLInputValue>(4 + tables.keyColumns.length);
  for (const doc of documents) {
    values[0] = (doc as Record<string, unknown>)[primaryPath] as string;
    values[1] = doc._deleted ? 1 : 0;
    values[2] = doc._meta.lwt;
    values[3] = JSON.stringify(doc);
    tables.writeKeys(doc, values, 4);
    upsert.run(...values);
  }
}

/** Parses rows whose first column is the document JSON. */
export function parseRows<RxDocType>(rows: readonly ValueRow[]): RxDocumentData<RxDocType>[] {
  const documents = new Array<RxDocumentData<RxDocType>>(rows.length);
  let position = 0;
  for (const row of rows) {
    documents[position++] = JSON.parse(row[0] as string) as RxDocumentData<RxDocType>;
  }
  return documents;
}

// Built once per table set: the text is also the prepared-statement cache key.
const upsertSqlByTables = new WeakMap<object, string>();

function upsertSql<RxDocType>(tables: CollectionTables<RxDocType>): string {
  let sql = upsertSqlByTables.get(tables);
  if (sql === undefined) {
    sql = buildUpsertSql(tables);
    upsertSqlByTables.set(tables, sql);
  }
  return sql;
}

function buildUpsertSql<RxDocType>(tables: CollectionTables<RxDocType>): string {
  const columns = ['id', 'deleted', 'lwt', 'data', ...tables.keyColumns.map((key) => key.column)];
  const updates = columns
    .slice(1)
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');
  return (
    `INSERT INTO ${tables.docs} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')}) ` +
    `ON CONFLICT(id) DO UPDATE SET ${updates}`
  );
}
