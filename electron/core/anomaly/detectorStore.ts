import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { ensurePrivateFile } from '../files/dataFolderPermissions.ts';

/** A stream detector's saved state: what it had learnt after `points` points, the last at `lastAt`. */
export interface SavedDetector {
  points: number;
  lastAt: number;
  state: Float64Array;
}

export const DETECTOR_FILE = 'anomaly-detectors.sqlite';

/**
 * The detectors' learnt state, node-local (docs/anomaly.md, "Product"): one
 * row per stream in `<data>/anomaly-detectors.sqlite`. Not a synced record:
 * it is about 57 KB of typed arrays per stream, derived only from points this
 * node took, that no peer could merge field by field; losing it costs
 * re-learning, never an acknowledged fact (the points are on the stream's
 * synced record, and a restart replays them from there).
 */
export class DetectorStore {
  private readonly db: DatabaseSync;
  private readonly read: StatementSync;
  private readonly write: StatementSync;

  constructor(dataDir: string) {
    const file = join(dataDir, DETECTOR_FILE);
    this.db = new DatabaseSync(file);
    ensurePrivateFile(file);
    // WAL with normal sync: a crash loses at most the last snapshots, which replay rebuilds.
    this.db.exec('PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;');
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS detectors (stream_id TEXT PRIMARY KEY, points INTEGER NOT NULL, last_at REAL NOT NULL, state BLOB NOT NULL)',
    );
    this.read = this.db.prepare('SELECT points, last_at, state FROM detectors WHERE stream_id = ?');
    this.write = this.db.prepare(
      'INSERT INTO detectors (stream_id, points, last_at, state) VALUES (?, ?, ?, ?) ON CONFLICT(stream_id) DO UPDATE SET points = excluded.points, last_at = excluded.last_at, state = excluded.state',
    );
  }

  load(streamId: string): SavedDetector | undefined {
    const row = this.read.get(streamId) as
      { points: number; last_at: number; state: Uint8Array } | undefined;
    if (!row) return undefined;
    const bytes = row.state;
    // Copied into a fresh, aligned buffer: SQLite's blob may start at any byte offset.
    const state = new Float64Array(new Uint8Array(bytes).buffer, 0, bytes.byteLength / 8);
    return { points: row.points, lastAt: row.last_at, state };
  }

  save(streamIds: readonly string[], saved: (id: string) => SavedDetector): void {
    this.db.exec('BEGIN');
    try {
      for (const id of streamIds) {
        const { points, lastAt, state } = saved(id);
        this.write.run(
          id,
          points,
          lastAt,
          new Uint8Array(state.buffer, state.byteOffset, state.byteLength),
        );
      }
      this.db.exec('COMMIT');
    } catch (error) {
      this.db.exec('ROLLBACK');
      throw error;
    }
  }

  close(): void {
    this.db.close();
  }
}
