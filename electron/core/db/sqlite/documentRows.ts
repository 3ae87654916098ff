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

// Rows per multi-row INSERT: fewer native calls per document; stays far
// below SQLite's bound-parameter limit for any number of indexes.
const ROWS_PER_STATEMENT = 32;

/** Inserts or replaces documents; `data` is the document without attachment bodies. */
export function upsertDocumentRows<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
  primaryPath: string,
  documents: readonly RxDocumentData<RxDocType>[],
): void {
  const columnCount = 4 + tables.keyColumns.length;
  const fullChunks = Math.floor(documents.length / ROWS_PER_STATEMENT);
  const chunkValues = new Array<SQLInputValue>(columnCount * ROWS_PER_STATEMENT);
  const rowValues = new Array<SQLInputValue>(columnCount);
  let index = 0;
  if (fullChunks > 0) {
    const chunkInsert = statement(connection, upsertSql(tables, ROWS_PER_STATEMENT));
    for (let chunk = 0; chunk < fullChunks; chunk++) {
      for (let row = 0; row < ROWS_PER_STATEMENT; row++) {
        fillRowValues(chunkValues, row * columnCount, tables, primaryPath, documents[index++]);
      }
      chunkInsert.run(...chunkValues);
    }
  }
  if (index < documents.length) {
    const singleInsert = statement(connection, upsertSql(tables, 1));
    while (index < documents.length) {
      fillRowValues(rowValues, 0, tables, primaryPath, documents[index++]);
      singleInsert.run(...rowValues);
    }
  }
}

function fillRowValues<RxDocType>(
  values: SQLInputValue[],
  offset: number,
  tables: CollectionTables<RxDocType>,
  primaryPath: string,
  doc: RxDocumentData<RxDocType> | undefined,
): void {
  if (!doc) {
    throw new Error('document missing from write batch');
  }
  values[offset] = (doc as Record<string, unknown>)[primaryPath] as string;
  values[offset + 1] = doc._deleted ? 1 : 0;
  values[offset + 2] = doc._meta.lwt;
  values[offset + 3] = JSON.stringify(doc);
  tables.writeKeys(doc, values, offset + 4);
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

function upsertSql<RxDocType>(tables: CollectionTables<RxDocType>, rows: number): string {
  const columns = ['id', 'deleted', 'lwt', 'data', ...tables.keyColumns.map((key) => key.column)];
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  const updates = columns
    .slice(1)
    .map((column) => `${column} = excluded.${column}`)
    .join(', ');
  return (
    `INSERT INTO ${tables.docs} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')} ` +
    `ON CONFLICT(id) DO UPDATE SET ${updates}`
  );
}
