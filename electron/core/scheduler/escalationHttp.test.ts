import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PageEvent } from '../notifications/nodeEvents.ts';
import { sessionsOn } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
// Yusuf Demir administers the demo workspace; each person acts through their own session.
const sessionOf = sessionsOn(() => node, 'yusuf-demir');
const pages: PageEvent[] = [];

/** `actor: null` calls with the node token alone: no person is acting. */
async function api(
  path: string,
  method = 'GET',
  body?: unknown,
  actor: string | null = 'oliver-hughes',
) {
  const bearer = actor === null ? node.token : await sessionOf(actor);
  const headers: Record<string, string> = { authorization: `Bearer ${bearer}` };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  return { status: response.status, body: (await response.json()) as any };
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 20));
  }
}

async function declare(severity: string, serviceIds: string[]): Promise<string> {
  const declared = await api(
    '/incidents',
    'POST',
    { title: 'Payments down', severity, serviceIds },
    'oliver-hughes',
  );
  expect(declared.status).toBe(201);
  return declared.body.id as string;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-escalation-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
  });
  node.events.on('page', (page) => pages.push(page));
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('escalation endpoints', () => {
  it('auto-starts on a SEV1 declaration, refuses a second, and takes one acknowledgement', async () => {
    const incidentId = await declare('SEV1', ['payments-gateway']);
    const [escalation] = await waitFor(async () => {
      const listed = await api(`/incidents/${incidentId}/escalations`);
      return listed.body.length > 0 ? listed.body : undefined;
    });
    expect(escalation).toMatchObject({
      incidentId,
      policyId: 'payments-tier1-major',
      status: 'active',
    });
    const onCall = escalation.state.pagedPersonIds as string[];
    expect(onCall).toHaveLength(1);
    expect(pages).toContainEqual(expect.objectContaining({ incidentId, personIds: onCall }));

    expect((await api(`/incidents/${incidentId}/escalations`, 'POST', {})).status).toBe(409);
    const ack = `/escalations/${escalation.id}/acknowledge`;
    expect((await api(ack, 'POST', undefined, 'ethan-brooks')).body.error.code).toBe('forbidden');
    expect((await api(ack, 'POST', undefined, null)).status).toBe(403);
    const acknowledged = await api(ack, 'POST', undefined, onCall[0]);
    expect(acknowledged).toMatchObject({
      status: 200,
      body: { status: 'acknowledged', acknowledgedBy: onCall[0] },
    });
    expect((await api(ack, 'POST', undefined, onCall[0])).status).toBe(409);

    const timeline = await api(`/incidents/${incidentId}/timeline`);
    const escalationTexts = (timeline.body as { kind: string; text: string }[])
      .filter((e) => e.kind === 'escalation')
      .map((e) => e.text);
    expect(escalationTexts.at(-1)).toMatch(/^Acknowledged by .+ after \d+ (s|min)$/);
  });

  it('starts by hand with a named policy and answers 404 for what does not exist', async () => {
    const incidentId = await declare('SEV4', ['itsm']);
    expect((await api(`/incidents/${incidentId}/escalations`)).body).toEqual([]);
    expect((await api(`/incidents/${incidentId}/escalations`, 'POST', {})).status).toBe(404);
    const started = await api(`/incidents/${incidentId}/escalations`, 'POST', {
      policyId: 'major-incident-catch-all',
    });
    expect(started).toMatchObject({ status: 201, body: { policyId: 'major-incident-catch-all' } });
    expect(
      (await api(`/incidents/${incidentId}/escalations`, 'POST', { policy: 'x' })).status,
    ).toBe(400);
    expect((await api('/incidents/inc-nope/escalations')).status).toBe(404);
    expect(
      (await api('/escalations/esc-nope/acknowledge', 'POST', undefined, 'ethan-brooks')).status,
    ).toBe(404);
  });

  it('lists the endpoints in the OpenAPI document', async () => {
    const paths = Object.keys((await api('/openapi.json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/incidents/{id}/escalations',
        '/api/v1/escalations/{id}/acknowledge',
      ]),
    );
  });
});
