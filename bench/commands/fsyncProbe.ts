import { rmSync } from 'node:fs';
import path from 'node:path';
import { DatabaseSync } from 'node:sqlite';

/**
 * What one durable commit costs on this disk (WAL, synchronous = FULL, one
 * small row): the floor under any command that waits for its own COMMIT.
 */
export function durableCommitMs(dataDir: string, commits = 50): number {
  const file = path.join(dataDir, 'fsync-probe.sqlite');
  const db = new DatabaseSync(file);
  db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; CREATE TABLE probe (n INTEGER)');
  const insert = db.prepare('INSERT INTO probe VALUES (?)');
  const start = performance.now();
  for (let n = 0; n < commits; n++) {
    db.exec('BEGIN IMMEDIATE');
    insert.run(n);
    db.exec('COMMIT');
  }
  const perCommit = (performance.now() - start) / commits;
  db.close();
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  return Math.round(perCommit * 100) / 100;
}
