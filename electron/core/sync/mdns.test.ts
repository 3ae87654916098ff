import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { SyncService } from './syncService.ts';
import { openBareInstances, syncStoreFor } from './syncStore.ts';
import { eventually } from './syncTestNodes.testHelpers.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

async function service(nodeId: string, secret: string) {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-sync-mdns-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage internals
  const storage = getRxStorageSqlite({ dataDir }) as any;
  const logs: string[] = [];
  const sync = new SyncService({
    dataDir,
    nodeId,
    name: nodeId,
    secret,
    host: '0.0.0.0',
    port: 0,
    peers: [],
    mdns: true,
    store: syncStoreFor(storage, 'lantern', await openBareInstances(storage, 'lantern'), true),
    log: (message) => logs.push(message),
  });
  await sync.start();
  cleanups.push(() => sync.stop());
  return { sync, logs };
}

describe('mDNS discovery', () => {
  it('nodes of one workspace find and connect to each other; another workspace is left alone', async () => {
    const secret = randomBytes(24).toString('base64url');
    const a = await service('node-mdns-a', secret);
    const b = await service('node-mdns-b', secret);
    const stranger = await service('node-mdns-z', randomBytes(24).toString('base64url'));
    await eventually(async () =>
      a.sync.status().peers.some((p) => p.nodeId === 'node-mdns-b' && p.connected),
    );
    expect(b.sync.status().isolated).toBe(false);
    // Nobody tried the stranger's door, and the stranger tried nobody's.
    expect(stranger.sync.status().peers).toEqual([]);
    expect(stranger.logs.filter((l) => l.includes('authentication failed'))).toEqual([]);
    expect(a.logs.filter((l) => l.includes('authentication failed'))).toEqual([]);
  });
});
