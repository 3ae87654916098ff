import { ensureRxStorageInstanceParamsAreCorrect, RXDB_VERSION } from 'rxdb';
import type { RxStorage, RxStorageInstanceCreationParams } from 'rxdb';
import { acquireCollectionState } from './collectionEvents.ts';
import { collectionTables, ensureCollectionTables } from './collectionTables.ts';
import { databaseFilePath } from './databaseFile.ts';
import { RxStorageInstanceSqlite } from './rxStorageInstanceSqlite.ts';
import type { SqliteInstanceOptions, SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
import { acquireConnection, releaseConnection } from './sqliteConnection.ts';

export type SqliteStorageOptions = {
  /** Folder that holds one `<databaseName>.sqlite` file per RxDatabase. */
  readonly dataDir: string;
};

export type RxStorageSqlite = RxStorage<SqliteStorageInternals, SqliteInstanceOptions>;

/** Durable RxStorage on node:sqlite: one file per database, one table set per collection. */
export function getRxStorageSqlite(options: SqliteStorageOptions): RxStorageSqlite {
  return {
    name: 'lantern-sqlite',
    rxdbVersion: RXDB_VERSION,
    async createStorageInstance<RxDocType>(
      params: RxStorageInstanceCreationParams<RxDocType, SqliteInstanceOptions>,
    ): Promise<RxStorageInstanceSqlite<RxDocType>> {
      ensureRxStorageInstanceParamsAreCorrect(params);
      const filePath = databaseFilePath(options.dataDir, params.databaseName);
      const connection = acquireConnection(filePath);
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
