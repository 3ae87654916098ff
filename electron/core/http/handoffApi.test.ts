import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { pdfText } from '../handoffs/pdfText.testHelpers.ts';
import { startNode, type LanternNode } from '../node.ts';

type Json = Record<string, unknown> & { error?: { code: string; message: string } };

let node: LanternNode;
let dataDir: string;
const people: Record<'ada' | 'dana', string> = { ada: '', dana: '' };
// Each person's own session; before anyone is signed in the node token creates the workspace.
const sessions: Record<'ada' | 'dana', string> = { ada: '', dana: '' };

async function call(
  path: string,
  init: { method?: string; body?: unknown; as?: 'ada' | 'dana' } = {},
) {
  const bearer = sessions[init.as ?? 'ada'] || node.token;
  const headers = new Headers({ authorization: `Bearer ${bearer}` });
  if (init.body !== undefined) headers.set('content-type', 'application/json');
  return fetch(`${node.url}${path}`, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers,
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  });
}

async function api<T = Json>(path: string, init: Parameters<typeof call>[1] = {}) {
  const response = await call(path, init);
  return { status: response.status, body: (await response.json()) as T };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-handoff-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    log: () => undefined,
  });
  const created = await api<{ result: { person: { id: string } } }>(
    '/api/v1/commands/createWorkspace',
    {
      body: { input: { workspaceName: 'Northwind', displayName: 'Ada Commander' } },
    },
  );
  people.ada = created.body.result.person.id;
  sessions.ada = await sessionFor(node, people.ada, people.ada);
  const dana = await api<{ result: { id: string } }>('/api/v1/commands/registerPerson', {
    body: { input: { displayName: 'Dana Ruiz' } },
  });
  people.dana = dana.body.result.id;
  sessions.dana = await sessionFor(node, people.dana, people.ada);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('shift handoffs over HTTP', () => {
  it('drafts, edits, submits, acknowledges and exports a brief; command passes', async () => {
    const incident = (
      await api<{ id: string; reference: string }>('/api/v1/incidents', {
        body: { title: 'Card payments failing', severity: 'SEV2' },
        as: 'ada',
      })
    ).body;
    const drafted = await api<{ id: string; status: string }>(
      `/api/v1/incidents/${incident.id}/handoffs`,
      {
        body: { incomingLeadId: people.dana },
        as: 'ada',
      },
    );
    expect(drafted).toMatchObject({ status: 201, body: { status: 'draft' } });
    const briefId = drafted.body.id;

    const refused = await api(`/api/v1/handoffs/${briefId}`, {
      method: 'PATCH',
      body: { note: 'not mine' },
      as: 'dana',
    });
    expect(refused.status).toBe(403);
    const saved = await api(`/api/v1/handoffs/${briefId}`, {
      method: 'PATCH',
      body: { note: 'Acquirer B is slow at night', risks: [{ text: 'Acquirer B rate-limits' }] },
      as: 'ada',
    });
    expect(saved).toMatchObject({ status: 200, body: { note: 'Acquirer B is slow at night' } });
    const bad = await api(`/api/v1/handoffs/${briefId}`, {
      method: 'PATCH',
      body: { mood: 'x' },
      as: 'ada',
    });
    expect(bad.status).toBe(400);

    expect(
      (await api(`/api/v1/handoffs/${briefId}/acknowledge`, { body: {}, as: 'dana' })).status,
    ).toBe(409);
    expect(
      (await api(`/api/v1/handoffs/${briefId}/submit`, { body: {}, as: 'ada' })).body,
    ).toMatchObject({
      status: 'submitted',
    });
    const acknowledged = await api(`/api/v1/handoffs/${briefId}/acknowledge`, {
      body: { questions: 'Who calls the acquirer?' },
      as: 'dana',
    });
    expect(acknowledged.body).toMatchObject({
      status: 'acknowledged',
      questions: 'Who calls the acquirer?',
    });
    const after = await api<{ roles: { role: string; personId: string }[] }>(
      `/api/v1/incidents/${incident.id}`,
    );
    expect(after.body.roles.filter((r) => r.role === 'incident-commander')).toEqual([
      expect.objectContaining({ personId: people.dana }),
    ]);

    const history = await api<{ id: string; number: number }[]>(
      `/api/v1/incidents/${incident.id}/handoffs`,
    );
    expect(history.body.map((b) => [b.id, b.number])).toEqual([[briefId, 1]]);
    const status = await api(`/api/v1/incidents/${incident.id}/handoff-status`);
    expect(status.body).toMatchObject({ commanderId: people.dana, latestBrief: { id: briefId } });

    const markdown = await call(`/api/v1/handoffs/${briefId}/brief.md`);
    expect(markdown.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    expect(markdown.headers.get('content-disposition')).toBe(
      `attachment; filename="${incident.reference}-brief-1.md"`,
    );
    const text = await markdown.text();
    expect(text).toContain(`# Shift handoff — ${incident.reference} brief #1`);
    expect(text).toContain('- **Incoming lead:** Dana Ruiz');
    expect(text).toContain('Who calls the acquirer?');

    const pdf = await call(`/api/v1/handoffs/${briefId}/brief.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const { pages } = await pdfText(new Uint8Array(await pdf.arrayBuffer()));
    expect(pages.join('\n')).toContain('Acquirer B is slow at night');
    expect(pages.join('\n')).toContain('Outgoing lead: Ada Commander');
  });

  it('answers 404 for an unknown brief and lists every handoff path in the OpenAPI document', async () => {
    expect((await api('/api/v1/handoffs/hb-nope')).status).toBe(404);
    expect((await call('/api/v1/handoffs/hb-nope/brief.pdf')).status).toBe(404);
    const openApi = await api<{ paths: Record<string, unknown> }>('/api/v1/openapi.json');
    expect(Object.keys(openApi.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/incidents/{id}/handoffs',
        '/api/v1/incidents/{id}/handoff-status',
        '/api/v1/handoffs/{id}',
        '/api/v1/handoffs/{id}/submit',
        '/api/v1/handoffs/{id}/acknowledge',
        '/api/v1/handoffs/{id}/withdraw',
        '/api/v1/handoffs/{id}/brief.md',
        '/api/v1/handoffs/{id}/brief.pdf',
      ]),
    );
  });
});
