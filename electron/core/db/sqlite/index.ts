export { getRxStorageSqlite } from './rxStorageSqlite.ts';
export type { RxStorageSqlite, SqliteStorageOptions } from './rxStorageSqlite.ts';
export type { SqliteInstanceOptions, SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
export {
  CollectionLayoutMismatchError,
  DatabaseFileDamagedError,
  DataFolderInUseError,
  InvalidDatabaseNameError,
} from './dataFolderErrors.ts';
export { CachedWriteInBatchError } from './writeBatch.ts';
