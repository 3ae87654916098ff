import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { startNode, type LanternNode } from '../node.ts';
import { callNode, sessionFor, signInAs, TEST_PASSPHRASE } from './signIn.testSupport.ts';

const TOKEN = 'test-token-tokens-0123456789';
let node: LanternNode;
let dataDir: string;
let adminId: string;
let responderId: string;
let admin: string;
let incidentId: string;

type Reply = {
  status: number;
  body: Record<string, unknown> & { error?: { code: string; message: string } };
};

async function api(
  bearer: string,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Reply> {
  return (await callNode(node, bearer, method, path, body, headers)) as Reply;
}

const timelineCount = async () => (await kindStore(node.database).find('timeline')).length;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-tokens-'));
  node = await startNode({ dataDir, port: 0, token: TOKEN, log: () => undefined });
  const created = await api(TOKEN, 'POST', '/workspace', {
    workspaceName: 'Northwind',
    displayName: 'Ada Admin',
    passphrase: TEST_PASSPHRASE,
  });
  adminId = (created.body.result as { person: { id: string } }).person.id;
  admin = await signInAs(node, adminId);
  responderId = (
    (await api(admin, 'POST', '/commands/registerPerson', { input: { displayName: 'Rui' } })).body
      .result as { id: string }
  ).id;
  incidentId = (
    await api(admin, 'POST', '/incidents', { title: 'Checkout down', severity: 'SEV2' })
  ).body.id as string;
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('integration tokens', () => {
  it('act under the integration’s identity within their scopes, and stop when revoked', async () => {
    const created = await api(admin, 'POST', '/tokens', {
      purpose: 'integration',
      name: 'Grafana',
      scopes: ['timeline:write'],
    });
    expect(created.status).toBe(201);
    const tool = created.body.token as string;
    const added = await api(tool, 'POST', `/incidents/${incidentId}/timeline`, {
      text: 'Alert fired',
    });
    expect(added.status).toBe(201);
    const audit = await kindStore(node.database).find('audit');
    expect(audit.at(-1)?.actorId).toBe(`integration:${(created.body.result as { id: string }).id}`);
    const outOfScope = await api(tool, 'POST', '/incidents', { title: 'x', severity: 'SEV3' });
    expect(outOfScope.status).toBe(403);
    expect(outOfScope.body.error?.message).toMatch(/incidents:write/);
    const forged = await api(
      tool,
      'POST',
      `/incidents/${incidentId}/timeline`,
      { text: 'As Rui' },
      { 'x-lantern-actor': responderId },
    );
    expect(forged.body.error?.code).toBe('actor-not-allowed');
    const listed = await api(admin, 'GET', '/tokens');
    expect(JSON.stringify(listed.body)).not.toContain('tokenHash');
    expect((listed.body as unknown as { lastUsedAt: string | null }[])[0]?.lastUsedAt).toBeTruthy();
    expect(
      (await api(admin, 'DELETE', `/tokens/${(created.body.result as { id: string }).id}`)).status,
    ).toBe(200);
    const before = await timelineCount();
    expect(
      (await api(tool, 'POST', `/incidents/${incidentId}/timeline`, { text: 'After revoke' }))
        .status,
    ).toBe(401);
    expect(await timelineCount()).toBe(before);
  });

  it('with act-for-others, act as the named person and the audit says by which integration', async () => {
    await sessionFor(node, responderId, adminId);
    const created = await api(admin, 'POST', '/tokens', {
      purpose: 'integration',
      name: 'Chat bot',
      scopes: ['timeline:write', 'act-for-others'],
    });
    const bot = created.body.token as string;
    const added = await api(
      bot,
      'POST',
      `/incidents/${incidentId}/timeline`,
      { text: 'Rui is on it' },
      { 'x-lantern-actor': responderId },
    );
    expect(added.status).toBe(201);
    const entry = (await kindStore(node.database).find('audit')).at(-1);
    expect(entry?.actorId).toBe(`person:${responderId}`);
    expect(entry?.input.$authentication).toMatchObject({
      byIntegration: 'Chat bot',
      method: 'integration-token',
    });
  });
});

describe('wall tokens', () => {
  it('read the wall’s incidents and nothing else; a stolen one cannot write or open the console', async () => {
    const created = await api(admin, 'POST', '/tokens', {
      purpose: 'wall',
      name: 'War room',
      incidentIds: [incidentId],
    });
    const wall = created.body.token as string;
    expect((await api(wall, 'GET', `/incidents/${incidentId}`)).status).toBe(200);
    expect((await api(wall, 'GET', '/incidents/inc-other')).status).toBe(403);
    expect((await api(wall, 'GET', '/tokens')).status).toBe(403);
    const before = await timelineCount();
    const writes = [
      await api(wall, 'POST', `/incidents/${incidentId}/timeline`, { text: 'Wall writes' }),
      await api(wall, 'POST', '/commands/addTimelineEntry', { input: { incidentId, text: 'x' } }),
      await api(wall, 'POST', '/sessions/current/confirm', { pin: '0000' }),
    ];
    for (const reply of writes) expect([401, 403]).toContain(reply.status);
    expect(await timelineCount()).toBe(before);
  });
});

describe('the join code', () => {
  it('is refused to responders and to the node token: it carries the workspace secret', async () => {
    const responder = await signInAs(node, responderId);
    expect((await api(responder, 'GET', '/sync/join-code')).status).toBe(403);
    expect((await api(TOKEN, 'GET', '/sync/join-code')).status).toBe(403);
  });
});
