import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RxStorage } from 'rxdb';
import { startTestProcess, waitForExit, waitForLine } from './childProcesses.ts';
import { getRxStorageSqlite } from './index.ts';
import type { SqliteStorageInternals } from './rxStorageInstanceSqlite.ts';
import { acquireConnection, releaseConnection, statement } from './sqliteConnection.ts';
import { createIncidentInstance, temporaryDataDir } from './testSupport.ts';

let dataDir: string;
let removeDataDir: () => void;

beforeEach(() => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
});

afterEach(() => removeDataDir());

describe('durability', () => {
  it.each([3, 17])(
    'keeps every acknowledged write when the writer is SIGKILLed after %i batches',
    async (batches) => {
      const writer = startTestProcess('acknowledgedWriter.ts', [dataDir]);
      let seen = 0;
      const line = await waitForLine(writer, (text) => {
        if (!text.startsWith('written ')) {
          return false;
        }
        seen += 1;
        if (seen < batches) {
          return false;
        }
        writer.kill('SIGKILL');
        return true;
      });
      await waitForExit(writer);
      expect(writer.signalCode).toBe('SIGKILL');
      const acknowledged = Number(line.slice('written '.length));

      const instance = await createIncidentInstance(
        getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>,
        {
          databaseName: 'durability',
        },
      );
      const ids = Array.from(
        { length: acknowledged },
        (_, n) => `doc-${Math.floor(n / 50)}-${n % 50}`,
      );
      const found = await instance.findDocumentsById(ids, false);
      expect(found.length).toBe(acknowledged);

      const connection = acquireConnection((instance.internals as SqliteStorageInternals).filePath);
      expect(statement(connection, 'PRAGMA integrity_check').get()).toEqual({
        integrity_check: 'ok',
      });
      releaseConnection(connection);
      await instance.close();
    },
  );

  it('runs in WAL mode with synchronous=FULL and an exclusive lock once collections exist', async () => {
    const storage = getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>;
    const incidents = await createIncidentInstance(storage, { databaseName: 'settings' });
    const timeline = await createIncidentInstance(storage, {
      databaseName: 'settings',
      collectionName: 'timeline',
    });
    const connection = acquireConnection((incidents.internals as SqliteStorageInternals).filePath);
    const setting = (name: string) =>
      Object.values(statement(connection, `PRAGMA ${name}`).get() ?? {})[0];
    expect(setting('journal_mode')).toBe('wal');
    expect(setting('synchronous')).toBe(2);
    expect(setting('locking_mode')).toBe('exclusive');
    releaseConnection(connection);
    await Promise.all([incidents.close(), timeline.close()]);
  });
});
