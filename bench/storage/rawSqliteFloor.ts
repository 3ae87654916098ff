import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import type { RxDocumentData } from 'rxdb';
import { CACHE_KIB } from '../../electron/core/db/sqlite/sqliteConnection.ts';
import type { LogEntry } from './benchDocuments.ts';

/**
 * The floor: what hand-written node:sqlite code needs for the same job — the
 * same pragmas, one transaction per batch, id primary key, the JSON text, and
 * expression indexes on the same fields. No conflict checks, no RxDB.
 */
export type RawSqlite = {
  insertBatch(docs: readonly RxDocumentData<LogEntry>[]): void;
  findByIds(ids: readonly string[]): RxDocumentData<LogEntry>[];
  rangeQuery(fromCreatedAt: number, limit: number): RxDocumentData<LogEntry>[];
  close(): void;
};

export function openRawSqlite(dataDir: string, name: string): RawSqlite {
  mkdirSync(dataDir, { recursive: true });
  const db = new DatabaseSync(path.join(dataDir, name + '.sqlite'));
  db.exec('PRAGMA locking_mode = EXCLUSIVE; PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL');
  db.exec(`PRAGMA cache_size = -${CACHE_KIB}`);
  db.exec(
    `CREATE TABLE IF NOT EXISTS entries (id TEXT PRIMARY KEY, deleted INTEGER NOT NULL, lwt REAL NOT NULL, data TEXT NOT NULL)`,
  );
  db.exec(
    `CREATE INDEX IF NOT EXISTS entries_created ON entries (deleted, json_extract(data, '$.createdAt'), id)`,
  );
  db.exec(
    `CREATE INDEX IF NOT EXISTS entries_incident ON entries (deleted, json_extract(data, '$.incidentId'), json_extract(data, '$.createdAt'), id)`,
  );
  db.exec(`CREATE INDEX IF NOT EXISTS entries_lwt ON entries (lwt, id)`);
  const insert = db.prepare('INSERT INTO entries (id, deleted, lwt, data) VALUES (?, ?, ?, ?)');
  const byIds = db.prepare('SELECT data FROM entries WHERE id IN (SELECT value FROM json_each(?))');
  const range = db.prepare(
    `SELECT data FROM entries WHERE deleted = 0 AND json_extract(data, '$.createdAt') >= ? ORDER BY json_extract(data, '$.createdAt'), id LIMIT ?`,
  );
  const parse = (rows: Record<string, unknown>[]) =>
    rows.map((row) => JSON.parse(row['data'] as string) as RxDocumentData<LogEntry>);
  return {
    insertBatch(docs) {
      db.exec('BEGIN IMMEDIATE');
      for (const doc of docs) {
        insert.run(doc.id, doc._deleted ? 1 : 0, doc._meta.lwt, JSON.stringify(doc));
      }
      db.exec('COMMIT');
    },
    findByIds: (ids) => parse(byIds.all(JSON.stringify(ids))),
    rangeQuery: (fromCreatedAt, limit) => parse(range.all(fromCreatedAt, limit)),
    close: () => db.close(),
  };
}
