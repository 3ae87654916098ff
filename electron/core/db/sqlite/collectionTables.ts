import { getPrimaryFieldOfPrimaryKey } from 'rxdb';
import type { RxDocumentData, RxJsonSchema } from 'rxdb';
import { CollectionLayoutMismatchError } from './dataFolderErrors.ts';
import { indexKeyColumns, indexKeyWriter, indexName } from './indexKeys.ts';
import type { IndexKeyColumn, IndexKeyWriter } from './indexKeys.ts';
import { inSchemaTransaction, inTransaction, statement } from './sqliteConnection.ts';
import type { SqliteConnection } from './sqliteConnection.ts';

/** Quoted SQL names of one collection's tables and indexes (one set per schema version). */
export type CollectionTables<RxDocType> = {
  readonly baseName: string;
  readonly primaryPath: string;
  /** maxLength of the primary key: its width in RxDB's index strings. */
  readonly primaryKeyWidth: number;
  readonly docs: string;
  readonly attachments: string;
  readonly keyColumns: readonly IndexKeyColumn<RxDocType>[];
  readonly writeKeys: IndexKeyWriter<RxDocType>;
  /** Key column of RxDB's ['_meta.lwt', primaryKey] index, which orders getChangedDocumentsSince(). */
  readonly changesKey: IndexKeyColumn<RxDocType> | undefined;
};

const CATALOG = 'lantern_collections';

/**
 * Version of the index key encoding (keySegments.ts). Stored with every
 * collection, so a file written with another encoding is refused instead of
 * answering range queries wrongly.
 */
const KEY_FORMAT = 'keys-v3';

function indexLayout<RxDocType>(tables: CollectionTables<RxDocType>): string {
  return [KEY_FORMAT, ...tables.keyColumns.map((key) => indexName(key.fields))].join(' | ');
}

export function quoteIdentifier(name: string): string {
  return '"' + name.replaceAll('"', '""') + '"';
}

export function collectionTables<RxDocType>(
  collectionName: string,
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
): CollectionTables<RxDocType> {
  const baseName = `${collectionName}_v${schema.version}`;
  const keyColumns = indexKeyColumns(schema);
  const primaryPath = getPrimaryFieldOfPrimaryKey(schema.primaryKey) as string;
  const changesIndex = indexName(['_meta.lwt', primaryPath]);
  return {
    baseName,
    primaryPath,
    primaryKeyWidth: primaryKeyWidth(schema, primaryPath),
    docs: quoteIdentifier(`docs_${baseName}`),
    attachments: quoteIdentifier(`attachments_${baseName}`),
    keyColumns,
    writeKeys: indexKeyWriter(schema, keyColumns),
    changesKey: keyColumns.find((key) => indexName(key.fields) === changesIndex),
  };
}

function primaryKeyWidth<RxDocType>(
  schema: RxJsonSchema<RxDocumentData<RxDocType>>,
  primaryPath: string,
): number {
  const property = (schema.properties as Record<string, { maxLength?: number } | undefined>)[
    primaryPath
  ];
  return property?.maxLength ?? 0;
}

/** Creates the tables on first use and checks that their index layout still matches the schema. */
export function ensureCollectionTables<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
): void {
  const wanted = indexLayout(tables);
  inSchemaTransaction(connection, () => {
    connection.db.exec(
      `CREATE TABLE IF NOT EXISTS ${CATALOG} (base_name TEXT PRIMARY KEY, index_layout TEXT NOT NULL) STRICT`,
    );
    const row = statement(
      connection,
      `SELECT index_layout FROM ${CATALOG} WHERE base_name = ?`,
    ).get(tables.baseName);
    if (row && row['index_layout'] !== wanted) {
      throw new CollectionLayoutMismatchError(tables.baseName, String(row['index_layout']), wanted);
    }
    if (!row) {
      for (const sql of createTableStatements(tables)) {
        connection.db.exec(sql);
      }
      statement(connection, `INSERT INTO ${CATALOG} (base_name, index_layout) VALUES (?, ?)`).run(
        tables.baseName,
        wanted,
      );
    }
  });
}

export function dropCollectionTables<RxDocType>(
  connection: SqliteConnection,
  tables: CollectionTables<RxDocType>,
): void {
  // Durable like any write: a removed collection must not come back after a crash.
  inTransaction(connection, () => {
    connection.db.exec(`DROP TABLE IF EXISTS ${tables.docs}`);
    connection.db.exec(`DROP TABLE IF EXISTS ${tables.attachments}`);
    statement(connection, `DELETE FROM ${CATALOG} WHERE base_name = ?`).run(tables.baseName);
  });
  // Statements compiled against dropped tables must not be reused.
  connection.statements.clear();
}

/** True when no collection has tables in this database file any more. */
export function databaseIsEmpty(connection: SqliteConnection): boolean {
  const row = statement(connection, `SELECT COUNT(*) AS collections FROM ${CATALOG}`).get();
  return Number(row?.['collections'] ?? 0) === 0;
}

function createTableStatements<RxDocType>(tables: CollectionTables<RxDocType>): string[] {
  const keyColumns = tables.keyColumns.map((key) => `, ${key.column} BLOB NOT NULL`).join('');
  const indexPrefix = (suffix: string): string =>
    quoteIdentifier(`idx_${tables.baseName}_${suffix}`);
  return [
    `CREATE TABLE ${tables.docs} (
      id TEXT NOT NULL UNIQUE,
      deleted INTEGER NOT NULL,
      lwt REAL NOT NULL,
      data TEXT NOT NULL${keyColumns}
    ) STRICT`,
    // RxDB schemas always carry a ['_meta.lwt', primaryKey] index; only
    // schemas without it need an extra one for getChangedDocumentsSince().
    ...(tables.changesKey
      ? []
      : [`CREATE INDEX ${indexPrefix('lwt')} ON ${tables.docs} (lwt, id)`]),
    // cleanup() only looks at deleted rows, so this index stays tiny.
    `CREATE INDEX ${indexPrefix('deleted_lwt')} ON ${tables.docs} (lwt) WHERE deleted = 1`,
    ...tables.keyColumns.map(
      (key) => `CREATE INDEX ${indexPrefix(key.column)} ON ${tables.docs} (${key.column})`,
    ),
    `CREATE TABLE ${tables.attachments} (
      doc_id TEXT NOT NULL,
      attachment_id TEXT NOT NULL,
      digest TEXT NOT NULL,
      type TEXT NOT NULL,
      data BLOB NOT NULL,
      PRIMARY KEY (doc_id, attachment_id)
    ) STRICT, WITHOUT ROWID`,
  ];
}
