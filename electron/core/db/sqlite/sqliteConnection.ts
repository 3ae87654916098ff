import { mkdirSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { SQLInputValue, StatementSync } from 'node:sqlite';
import { DataFolderInUseError, DatabaseFileDamagedError } from './dataFolderErrors.ts';
import { ownerFilePath } from './databaseFile.ts';
import { ensurePrivateFile } from '../../files/dataFolderPermissions.ts';

/**
 * One DatabaseSync per database file per process, shared by every storage
 * instance of that database. The exclusive file lock is held for as long as
 * the connection is open, so a second process cannot open the file.
 */
export type SqliteConnection = {
  readonly filePath: string;
  /** The file's canonical path, under which the connection is shared. */
  readonly key: string;
  readonly db: DatabaseSync;
  refCount: number;
  readonly statements: Map<string, StatementSync>;
  /** Set by remove(): delete the file on the last close if this still says it holds nothing. */
  isEmpty?: () => boolean;
};

const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_CORRUPT = 11;
const SQLITE_NOTADB = 26;
// Short wait so a previous owner that is just closing can let go.
const LOCK_WAIT_MS = 250;
export const CACHE_KIB = 8 * 1024;

const openConnections = new Map<string, SqliteConnection>();

/** `key` is the file's canonical path when the caller already has it (see canonicalFilePath). */
export function acquireConnection(
  filePath: string,
  key = canonicalFilePath(filePath),
): SqliteConnection {
  const existing = openConnections.get(key);
  if (existing) {
    existing.refCount += 1;
    return existing;
  }
  const connection: SqliteConnection = {
    filePath,
    key,
    db: openLockedDatabase(filePath),
    refCount: 1,
    statements: new Map(),
  };
  openConnections.set(key, connection);
  return connection;
}

/** Two spellings of one folder (symlinks, `..`) must share one connection, not lock each other out. */
export function canonicalFilePath(filePath: string): string {
  const folder = path.dirname(filePath);
  mkdirSync(folder, { recursive: true });
  return path.join(realpathSync.native(folder), path.basename(filePath));
}

export function releaseConnection(connection: SqliteConnection): void {
  connection.refCount -= 1;
  if (connection.refCount > 0) {
    return;
  }
  openConnections.delete(connection.key);
  const removeFile = connection.isEmpty?.() ?? false;
  connection.statements.clear();
  connection.db.close();
  rmSync(ownerFilePath(connection.filePath), { force: true });
  if (removeFile) {
    for (const suffix of ['', '-wal', '-journal']) {
      rmSync(connection.filePath + suffix, { force: true });
    }
  }
}

/** A result row read as an array of column values (no per-row object). */
export type ValueRow = readonly unknown[];

export type ValueStatement = {
  all(...params: SQLInputValue[]): ValueRow[];
  iterate(...params: SQLInputValue[]): Iterable<ValueRow>;
};

/**
 * Statements whose rows come back as arrays: cheaper than one object per row
 * on hot read paths. Cached apart from the object-row statements.
 */
export function valueStatement(connection: SqliteConnection, sql: string): ValueStatement {
  const key = 'values:' + sql;
  let prepared = connection.statements.get(key);
  if (!prepared) {
    prepared = connection.db.prepare(sql);
    prepared.setReturnArrays(true);
    connection.statements.set(key, prepared);
  }
  return prepared as unknown as ValueStatement;
}

/** Prepared statements are cached per connection by their SQL text. */
export function statement(connection: SqliteConnection, sql: string): StatementSync {
  let prepared = connection.statements.get(sql);
  if (!prepared) {
    prepared = connection.db.prepare(sql);
    connection.statements.set(sql, prepared);
  }
  return prepared;
}

/** Runs `work` inside one write transaction; rolls back if it throws. */
export function inTransaction<T>(connection: SqliteConnection, work: () => T): T {
  statement(connection, 'BEGIN IMMEDIATE').run();
  try {
    const result = work();
    statement(connection, 'COMMIT').run();
    return result;
  } catch (error) {
    if (connection.db.isTransaction) {
      statement(connection, 'ROLLBACK').run();
    }
    throw error;
  }
}

/**
 * A transaction whose commit skips the fsync: for creating empty tables,
 * which the next open creates again if a crash loses them. The next durable
 * commit fsyncs the whole WAL, these frames included.
 */
export function inSchemaTransaction<T>(connection: SqliteConnection, work: () => T): T {
  statement(connection, 'PRAGMA synchronous = NORMAL').run();
  try {
    return inTransaction(connection, work);
  } finally {
    statement(connection, 'PRAGMA synchronous = FULL').run();
  }
}

function openLockedDatabase(filePath: string): DatabaseSync {
  mkdirSync(path.dirname(filePath), { recursive: true, mode: 0o700 });
  // Owner-only before SQLite opens it: its WAL is created with the same mode.
  ensurePrivateFile(filePath);
  const db = new DatabaseSync(filePath, { timeout: LOCK_WAIT_MS });
  try {
    // EXCLUSIVE before WAL: the WAL index then lives in process memory and the
    // OS lock taken by the first write below is held until close. The kernel
    // drops it when the process dies, so a killed owner leaves no stale lock.
    db.exec('PRAGMA locking_mode = EXCLUSIVE');
    db.exec('PRAGMA journal_mode = WAL');
    db.exec('PRAGMA synchronous = FULL');
    // 8 MiB page cache: hot index pages stay in memory; a long read (a
    // 50,000-entry timeline) used to fill 32 MiB of private memory that the
    // OS page cache holds anyway (bench:ui node peak 268 -> 243 MB).
    db.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
    // After a checkpoint, shrink a WAL that one huge write made large.
    db.exec('PRAGMA journal_size_limit = 67108864');
    db.exec('BEGIN IMMEDIATE; COMMIT');
  } catch (error) {
    db.close();
    const code = primaryCode(error);
    if (code === SQLITE_BUSY || code === SQLITE_LOCKED) {
      throw new DataFolderInUseError(path.dirname(filePath), filePath, readOwnerPid(filePath));
    }
    if (code === SQLITE_CORRUPT || code === SQLITE_NOTADB) {
      throw new DatabaseFileDamagedError(filePath, error);
    }
    throw error;
  }
  writeFileSync(ownerFilePath(filePath), String(process.pid), { mode: 0o600 });
  return db;
}

/** SQLite's primary result code; extended codes keep it in the low byte. */
function primaryCode(error: unknown): number | undefined {
  const code = (error as { errcode?: unknown } | null)?.errcode;
  return typeof code === 'number' ? code & 0xff : undefined;
}

function readOwnerPid(filePath: string): number | undefined {
  try {
    const pid = Number.parseInt(readFileSync(ownerFilePath(filePath), 'utf8'), 10);
    return Number.isSafeInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}
