import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { RxStorage } from 'rxdb';
import { startTestProcess, waitForExit, waitForLine } from './childProcesses.ts';
import { DataFolderInUseError, getRxStorageSqlite } from './index.ts';
import { createIncidentInstance, incidentDocument, temporaryDataDir } from './testSupport.ts';

let dataDir: string;
let removeDataDir: () => void;

function openWorkspace() {
  return createIncidentInstance(getRxStorageSqlite({ dataDir }) as RxStorage<unknown, unknown>, {
    databaseName: 'workspace',
  });
}

beforeEach(() => {
  ({ dataDir, removeDataDir } = temporaryDataDir());
});

afterEach(() => removeDataDir());

describe('one Lantern process per data folder', () => {
  it('a second process gets DataFolderInUseError naming the folder and the owner pid', async () => {
    const holder = startTestProcess('dataFolderHolder.ts', [dataDir]);
    try {
      await waitForLine(holder, (line) => line.startsWith('holding '));
      const error = await openWorkspace().then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(DataFolderInUseError);
      const inUse = error as DataFolderInUseError;
      expect(inUse.ownerPid).toBe(holder.pid);
      expect(inUse.message).toContain(
        `Lantern data folder ${dataDir} is already in use by another Lantern process`,
      );
      expect(inUse.message).toContain(`pid ${holder.pid}`);
      expect(inUse.databaseFile).toBe(path.join(dataDir, 'workspace.sqlite'));
    } finally {
      holder.kill('SIGKILL');
      await waitForExit(holder);
    }
  });

  it('a child process is refused while this process holds the folder', async () => {
    const owner = await openWorkspace();
    try {
      const child = startTestProcess('dataFolderHolder.ts', [dataDir, 'try']);
      const report = JSON.parse(await waitForLine(child, (line) => line.startsWith('{'))) as Record<
        string,
        unknown
      >;
      await waitForExit(child);
      expect(report).toMatchObject({
        opened: false,
        name: 'DataFolderInUseError',
        ownerPid: process.pid,
      });
    } finally {
      await owner.close();
    }
  });

  it('a SIGKILLed owner leaves no stale lock and an intact file', async () => {
    const first = await openWorkspace();
    await first.bulkWrite([{ document: incidentDocument({ id: 'before-crash' }) }], 'test');
    await first.close();
    const holder = startTestProcess('dataFolderHolder.ts', [dataDir]);
    await waitForLine(holder, (line) => line.startsWith('holding '));
    holder.kill('SIGKILL');
    await waitForExit(holder);
    const reopened = await openWorkspace();
    expect(await reopened.findDocumentsById(['before-crash'], false)).toHaveLength(1);
    await reopened.close();
  });

  it('instances inside one process share the connection instead of locking each other out', async () => {
    const node = await openWorkspace();
    const rendererClient = await openWorkspace();
    await node.bulkWrite([{ document: incidentDocument({ id: 'shared' }) }], 'test');
    expect(await rendererClient.findDocumentsById(['shared'], false)).toHaveLength(1);
    await Promise.all([node.close(), rendererClient.close()]);
  });
});
