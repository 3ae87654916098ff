import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { startNode, type LanternNode } from '../node.ts';
import { callNode, sessionFor, signInAs, TEST_PASSPHRASE, TEST_PIN } from './signIn.testSupport.ts';

const TOKEN = 'test-token-access-0123456789';
let node: LanternNode;
let dataDir: string;
let adminId: string;
let responderId: string;
let observerId: string;
let guessedId: string;

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

const incidentCount = async () => (await kindStore(node.database).find('incidents')).length;

async function start(): Promise<void> {
  node = await startNode({ dataDir, port: 0, token: TOKEN, log: () => undefined });
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-access-'));
  await start();
  const created = await api(TOKEN, 'POST', '/workspace', {
    workspaceName: 'Northwind',
    displayName: 'Ada Admin',
    passphrase: TEST_PASSPHRASE,
    pin: TEST_PIN,
  });
  expect(created.status).toBe(201);
  adminId = (created.body.result as { person: { id: string } }).person.id;
  const admin = await signInAs(node, adminId);
  const register = async (displayName: string) =>
    (
      (await api(admin, 'POST', '/commands/registerPerson', { input: { displayName } })).body
        .result as { id: string }
    ).id;
  responderId = await register('Rui Responder');
  observerId = await register('Olu Observer');
  guessedId = await register('Gus Guessed');
  const role = await api(admin, 'POST', '/commands/setWorkspaceRole', {
    input: { personId: observerId, role: 'observer' },
  });
  expect(role.status).toBe(200);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('sign-in and sessions', () => {
  it('answers 201 with a session token for the right passphrase and 401 for a wrong one', async () => {
    const wrong = await api('', 'POST', '/sessions', {
      personId: adminId,
      passphrase: 'not it at all',
    });
    expect(wrong.status).toBe(401);
    const right = await api('', 'POST', '/sessions', {
      personId: adminId,
      passphrase: TEST_PASSPHRASE,
    });
    expect(right.status).toBe(201);
    const token = right.body.token as string;
    expect((await api(token, 'GET', '/sessions/current')).body).toMatchObject({
      personId: adminId,
    });
    const stored = await kindStore(node.database).get('sessions', right.body.sessionId as string);
    expect(stored?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(stored)).not.toContain(token.split('.')[2]);
  });

  it('never hands out credentials or token hashes through reads', async () => {
    const admin = await signInAs(node, adminId);
    const everything = JSON.stringify([
      (await api(admin, 'GET', '/incidents')).body,
      (await api(admin, 'GET', '/tokens')).body,
      (await api(admin, 'GET', '/sessions/current')).body,
    ]);
    expect(everything).not.toMatch(/scrypt|tokenHash|"salt"/);
  });

  it('records the session and how the person signed in on the audit chain', async () => {
    const admin = await signInAs(node, adminId);
    const session = (await api(admin, 'GET', '/sessions/current')).body.sessionId;
    const declared = await api(admin, 'POST', '/incidents', {
      title: 'Audit me',
      severity: 'SEV3',
    });
    expect(declared.status).toBe(201);
    const entries = await kindStore(node.database).find('audit');
    const entry = entries.find((e) => e.documentIds.includes(`incidents/${declared.body.id}`));
    expect(entry?.actorId).toBe(`person:${adminId}`);
    expect(entry?.input.$authentication).toEqual({ credentialId: session, method: 'passphrase' });
  });

  it('refuses an ended session on its next request, and nothing it sends is written', async () => {
    const responder = await sessionFor(node, responderId, adminId);
    const sessionId = (await api(responder, 'GET', '/sessions/current')).body.sessionId as string;
    const admin = await signInAs(node, adminId);
    expect((await api(admin, 'DELETE', `/sessions/${sessionId}`)).status).toBe(204);
    const before = await incidentCount();
    const replayed = await api(responder, 'POST', '/incidents', {
      title: 'Replayed',
      severity: 'SEV2',
    });
    expect(replayed.status).toBe(401);
    expect(replayed.body.error?.code).toBe('session-ended');
    expect(await incidentCount()).toBe(before);
  });

  it('signs out with DELETE /sessions/current', async () => {
    const admin = await signInAs(node, adminId);
    expect((await api(admin, 'DELETE', '/sessions/current')).status).toBe(204);
    expect((await api(admin, 'GET', '/sessions/current')).status).toBe(401);
  });
});

describe('every action is the signed-in person’s', () => {
  it('refuses a forged X-Lantern-Actor or body actor, from a session or the node token, and writes nothing', async () => {
    const responder = await signInAs(node, responderId).catch(() =>
      sessionFor(node, responderId, adminId),
    );
    const before = await incidentCount();
    const forged = [
      await api(
        responder,
        'POST',
        '/incidents',
        { title: 'As admin', severity: 'SEV1' },
        { 'x-lantern-actor': adminId },
      ),
      await api(responder, 'POST', '/commands/declareIncident', {
        input: { title: 'As admin', severity: 'SEV1' },
        actor: { kind: 'person', id: adminId },
      }),
      await api(
        TOKEN,
        'POST',
        '/incidents',
        { title: 'As admin', severity: 'SEV1' },
        { 'x-lantern-actor': adminId },
      ),
    ];
    for (const reply of forged) {
      expect(reply.status).toBe(403);
      expect(reply.body.error?.code).toBe('actor-not-allowed');
    }
    expect(await incidentCount()).toBe(before);
  });

  it('keeps the node token to the operator’s work: it cannot act as anyone', async () => {
    const reply = await api(TOKEN, 'POST', '/incidents', { title: 'Operator', severity: 'SEV3' });
    expect(reply.status).toBe(403);
    expect(reply.body.error?.message).toMatch(/sign in as a person/);
  });

  it('refuses an observer what responders do, naming who may', async () => {
    const observer = await sessionFor(node, observerId, adminId);
    const before = await incidentCount();
    const refused = await api(observer, 'POST', '/incidents', { title: 'Nope', severity: 'SEV3' });
    expect(refused.status).toBe(403);
    expect(refused.body.error?.message).toMatch(/Only administrators and responders may declare/);
    expect(await incidentCount()).toBe(before);
  });
});

// Last: it slows this client's address down for the tests after it.
describe('sign-in throttling', () => {
  it('slows a guesser down: after five wrong passphrases even the right one waits', async () => {
    const victim = guessedId;
    await sessionFor(node, victim, adminId);
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      const guess = { personId: victim, passphrase: `guess-${attempt}-xxxxx` };
      statuses.push((await api('', 'POST', '/sessions', guess)).status);
    }
    // Five free failures for the person (the client's address may have used some already).
    expect(statuses.slice(0, 4).every((status) => status === 401 || status === 429)).toBe(true);
    expect(statuses.at(-1)).toBe(429);
    const locked = await api('', 'POST', '/sessions', {
      personId: victim,
      passphrase: TEST_PASSPHRASE,
    });
    expect(locked.status).toBe(429);
    expect(locked.body.error?.message).toMatch(/try again in \d+ seconds/);
  });
});
