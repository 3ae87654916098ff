// The data folder holds the database, the node's private key, the access
// token and the sync certificate: only the account running the node may read
// it. A folder that already existed (made by hand, restored from a backup,
// copied with default permissions) kept whatever mode it had, so every start
// checks the folder and everything in it and tightens what is too open.
import { chmodSync, closeSync, lstatSync, openSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Paths whose mode was tightened, relative to the data folder ('' for the folder). */
export function secureDataFolder(dataDir: string): string[] {
  if (process.platform === 'win32') return []; // ACLs, not modes: the installer's folder is per-user.
  const fixed: string[] = [];
  secure(dataDir, '', fixed);
  return fixed;
}

function secure(path: string, relative: string, fixed: string[]): void {
  const stats = lstatSync(path);
  // Links are left alone: chmod would follow them out of the data folder.
  if (stats.isSymbolicLink()) return;
  const wanted = stats.isDirectory() ? PRIVATE_FOLDER_MODE : PRIVATE_FILE_MODE;
  if ((stats.mode & 0o777) !== wanted) {
    chmodSync(path, wanted);
    fixed.push(relative);
  }
  if (!stats.isDirectory()) return;
  for (const name of readdirSync(path))
    secure(join(path, name), relative ? `${relative}/${name}` : name, fixed);
}

/**
 * Create an empty file readable by its owner only, unless it exists (then
 * tighten it). SQLite creates its WAL with the database file's mode, so a
 * database created through this never exists readable by others.
 */
export function ensurePrivateFile(path: string): void {
  if (process.platform === 'win32') return;
  closeSync(openSync(path, 'a', PRIVATE_FILE_MODE));
  chmodSync(path, PRIVATE_FILE_MODE);
}
