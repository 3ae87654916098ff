import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { startNode, type LanternNode } from '../node.ts';
import { startupWallToken, startupWallTokenName, wallUrl } from './startupWallToken.ts';

let node: LanternNode;
let dataDir: string;

async function status(bearer: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response.status;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-wall-token-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
  });
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the wall token a node prints at start', () => {
  it('reads the wall, cannot write, is not the node token, and the next start replaces it', async () => {
    const first = await startupWallToken(node);
    expect(first).toBeDefined();
    expect(first).not.toContain(node.token);
    const url = wallUrl(node.url, first as string);
    expect(url).not.toContain(node.token);
    expect(new URL(url).hash).toBe(`#/wall?token=${encodeURIComponent(first as string)}`);
    expect(await status(first as string, 'GET', '/incidents')).toBe(200);
    expect(
      await status(first as string, 'POST', '/incidents', { title: 'x', severity: 'SEV3' }),
    ).toBe(403);

    const second = await startupWallToken(node);
    expect(second).not.toBe(first);
    expect(await status(first as string, 'GET', '/incidents')).toBe(401);
    expect(await status(second as string, 'GET', '/incidents')).toBe(200);
    const mine = (await kindStore(node.database).find('accessTokens')).filter(
      (token) =>
        token.purpose === 'wall' &&
        token.name === startupWallTokenName(node.nodeId) &&
        !token.revokedAt,
    );
    expect(mine).toHaveLength(1);
    expect(mine[0]?.ownerId).toBe('yusuf-demir');
  });
});
