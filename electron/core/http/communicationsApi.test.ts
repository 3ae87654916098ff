import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionsOn } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
type Json = any;
let node: LanternNode;
let dataDir: string;
let incidentId: string;

// Yusuf Demir administers the demo workspace and gives everyone else their credentials.
const DEMO_ADMINISTRATOR = 'yusuf-demir';
const sessionOf = sessionsOn(() => node, DEMO_ADMINISTRATOR);

async function api(path: string, init: { method?: string; body?: unknown; as?: string } = {}) {
  const bearer = await sessionOf(init.as ?? DEMO_ADMINISTRATOR);
  const headers = new Headers({ authorization: `Bearer ${bearer}` });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
  const text = await response.text();
  const type = response.headers.get('content-type') ?? '';
  return {
    status: response.status,
    type,
    body: (type.includes('json') && text ? JSON.parse(text) : text) as Json,
  };
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 25));
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-comms-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
    communications: { statusPage: { folder: join(dataDir, 'status'), title: 'Northwind status' } },
  });
  const declared = await api('/incidents', {
    body: {
      title: 'Claims portal down',
      severity: 'SEV1',
      serviceIds: ['claims-intake'],
      summary: 'Logins fail.',
    },
    as: 'yusuf-demir',
  });
  incidentId = declared.body.id;
  await api(`/incidents/${incidentId}/roles`, {
    body: { role: 'communications-lead', personId: 'kevin-murphy' },
    as: 'yusuf-demir',
  });
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('communications over HTTP', () => {
  it('lists the adopted audiences and templates, and previews a template filled from the incident', async () => {
    const config = await api('/communications/config');
    expect(config.body.audiences.map((a: { id: string }) => a.id)).toEqual(
      expect.arrayContaining(['executives', 'customers-public', 'regulators']),
    );
    expect(config.body.approvalPolicyByAudience).toMatchObject({
      executives: null,
      'customers-public': 'external-statements',
    });
    const preview = await api(`/incidents/${incidentId}/communications/preview`, {
      body: { audienceId: 'customers-public' },
    });
    expect(preview.body).toMatchObject({
      subject: 'Service disruption: Claims Intake',
      external: true,
    });
    expect(await api(`/incidents/${incidentId}/communications`)).toMatchObject({
      body: { messages: [] },
    });
  });

  it('takes a public statement through Legal, PR and the Communications Lead to the status page', async () => {
    const draft = await api(`/incidents/${incidentId}/communications`, {
      body: { audienceId: 'customers-public' },
      as: 'ethan-brooks',
    });
    expect(draft.status).toBe(201);
    const id = draft.body.id as string;
    expect(
      (await api(`/communications/${id}/approval-request`, { body: {}, as: 'ethan-brooks' })).body
        .approval.status,
    ).toBe('in-review');
    const outsider = await api(`/communications/${id}/reviews`, {
      body: { role: 'legal', action: 'approve' },
      as: 'daniel-reyes',
    });
    expect(outsider.status).toBe(403);
    expect(
      (
        await api(`/communications/${id}/reviews`, {
          body: { role: 'legal', action: 'approve' },
          as: 'catherine-moreau',
        })
      ).status,
    ).toBe(200);
    expect(
      (
        await api(`/communications/${id}/reviews`, {
          body: { role: 'pr', action: 'approve' },
          as: 'rachel-adeyemi',
        })
      ).body.approval.status,
    ).toBe('approved');
    const notLead = await api(`/communications/${id}/send`, { body: {}, as: 'ethan-brooks' });
    expect(notLead.status).toBe(403);
    expect((await api(`/communications/${id}/send`, { body: {}, as: 'kevin-murphy' })).status).toBe(
      200,
    );
    const delivered = await waitFor(async () => {
      const message = (await api(`/communications/${id}`)).body;
      return message.deliveries[0].state === 'delivered' ? message : undefined;
    });
    expect(delivered.senderNodeId).toBe(node.nodeId);
    expect(readFileSync(join(dataDir, 'status', 'index.html'), 'utf8')).toContain(
      'Service disruption: Claims Intake',
    );
    expect(existsSync(join(dataDir, 'status', 'feed.atom'))).toBe(true);

    const csv = await api(`/incidents/${incidentId}/communications/log?format=csv`);
    expect(csv.type).toContain('text/csv');
    const actions = (csv.body as string)
      .split('\r\n')
      .slice(1)
      .map((row) => row.split('","')[2]);
    expect(actions).toEqual(
      expect.arrayContaining(['drafted', 'approval-requested', 'approved', 'sent', 'delivered']),
    );
  });

  it('refuses bad input with the field and changes nothing', async () => {
    const before = (await api(`/incidents/${incidentId}/communications`)).body.messages.length;
    const bad = await api(`/incidents/${incidentId}/communications`, {
      body: { audienceId: 'executives', colour: 'red' },
      as: 'kevin-murphy',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0].reason).toContain('colour');
    const cadence = await api(`/incidents/${incidentId}/communications/cadences/executives`, {
      method: 'PUT',
      body: { everyMinutes: 1 },
      as: 'kevin-murphy',
    });
    expect(cadence.status).toBe(400);
    expect((await api(`/incidents/${incidentId}/communications`)).body.messages.length).toBe(
      before,
    );
  });

  it('sets a cadence as the Communications Lead, and documents every endpoint in OpenAPI', async () => {
    const set = await api(`/incidents/${incidentId}/communications/cadences/executives`, {
      method: 'PUT',
      body: { everyMinutes: 15 },
      as: 'kevin-murphy',
    });
    expect(set.body).toMatchObject({ kind: 'cadence', everyMinutes: 15, source: 'manual' });
    const paths = Object.keys((await api('/openapi.json')).body.paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/incidents/{id}/communications',
        '/api/v1/incidents/{id}/communications/preview',
        '/api/v1/incidents/{id}/communications/log',
        '/api/v1/incidents/{id}/communications/cadences/{audienceId}',
        '/api/v1/communications/{id}/reviews',
        '/api/v1/communications/{id}/send',
        '/api/v1/communications/{id}/deliveries/resolve',
      ]),
    );
  });
});
