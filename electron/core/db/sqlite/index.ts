export { getRxStorageSqlite } from './rxStorageSqlite.ts';
export type { RxStorageSqlite, SqliteStorageOptions } from './rxStorageSqlite.ts';
export type { SqliteInstanceOptions, SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
export {
  CollectionLayoutMismatchError,
  DataFolderInUseError,
  InvalidDatabaseNameError,
} from './dataFolderErrors.ts';
