import { ensureRxStorageInstanceParamsAreCorrect, RXDB_VERSION } from 'rxdb';
import type { RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import { acquireCollectionState } from './collectionEvents.ts';
import { collectionTables, ensureCollectionTables } from './collectionTables.ts';
import { databaseFilePath } from './databaseFile.ts';
import { RxStorageInstanceSqlite } from './rxStorageInstanceSqlite.ts';
import type { SqliteInstanceOptions, SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
import { acquireConnection, canonicalFilePath, releaseConnection } from './sqliteConnection.ts';
import { outsideBatchTurn, runInWriteBatch } from './writeBatch.ts';

export type SqliteStorageOptions = {
  /** Folder that holds one `<databaseName>.sqlite` file per RxDatabase. */
  readonly dataDir: string;
};

export type RxStorageSqlite = RxStorage<SqliteStorageInternals, SqliteInstanceOptions> & {
  /**
   * Runs `work` as one transaction over every collection of `databaseName`:
   * storage calls in its async context join it, everyone else waits, change
   * events follow the COMMIT. Nested calls are savepoints. See writeBatch.ts.
   */
  runInWriteBatch<T>(databaseName: string, work: () => Promise<T>): Promise<T>;
};

/** Durable RxStorage on node:sqlite: one file per database, one table set per collection. */
export function getRxStorageSqlite(options: SqliteStorageOptions): RxStorageSqlite {
  // Canonical file paths by database name: resolving one touches the file system.
  const filePaths = new Map<string, { filePath: string; key: string }>();
  const fileOf = (databaseName: string) => {
    let file = filePaths.get(databaseName);
    if (!file) {
      const filePath = databaseFilePath(options.dataDir, databaseName);
      file = { filePath, key: canonicalFilePath(filePath) };
      filePaths.set(databaseName, file);
    }
    return file;
  };
  return {
    name: 'lantern-sqlite',
    async runInWriteBatch<T>(databaseName: string, work: () => Promise<T>): Promise<T> {
      // Holding a reference keeps the connection open until the batch has ended.
      const { filePath, key } = fileOf(databaseName);
      const connection = acquireConnection(filePath, key);
      try {
        return await runInWriteBatch(connection, work);
      } finally {
        releaseConnection(connection);
      }
    },
    rxdbVersion: RXDB_VERSION,
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, SqliteInstanceOptions>,
    ): Promise<RxStorageInstanceSqlite<RxDocType>> {
      ensureRxStorageInstanceParamsAreCorrect(params);
      const filePath = databaseFilePath(options.dataDir, params.databaseName);
      const connection = acquireConnection(filePath);
      // Creating tables is a transaction of its own: after any open write batch.
      const turn = outsideBatchTurn(connection);
      if (turn) await turn;
      const tables = collectionTables<RxDocType>(params.collectionName, params.schema);
      try {
        ensureCollectionTables(connection, tables);
      } catch (error) {
        releaseConnection(connection);
        throw error;
      }
      return new RxStorageInstanceSqlite<RxDocType>({
        databaseName: params.databaseName,
        collectionName: params.collectionName,
        schema: params.schema,
        options: params.options,
        connection,
        tables,
        shared: acquireCollectionState(connection.key, tables.baseName),
      });
    },
  };
}
