import path from 'node:path';
import { InvalidDatabaseNameError } from './dataFolderErrors.ts';

// Conservative on purpose: no separators, no leading dot, so `..` and
// absolute paths can never leave the data folder.
const SAFE_DATABASE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9_.-]{0,199}$/;

export const DATABASE_FILE_SUFFIX = '.sqlite';

/** The SQLite file that holds one RxDatabase: `<dataDir>/<databaseName>.sqlite`. */
export function databaseFilePath(dataDir: string, databaseName: string): string {
  if (!SAFE_DATABASE_NAME.test(databaseName)) {
    throw new InvalidDatabaseNameError(databaseName);
  }
  const folder = path.resolve(dataDir);
  const file = path.join(folder, databaseName + DATABASE_FILE_SUFFIX);
  if (path.dirname(file) !== folder) {
    throw new InvalidDatabaseNameError(databaseName);
  }
  return file;
}

/** Side file next to the database that names the owning process, for error messages only. */
export function ownerFilePath(databaseFile: string): string {
  return databaseFile + '.owner';
}
