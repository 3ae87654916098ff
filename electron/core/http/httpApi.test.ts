import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
let personId: string;
let session: string;

async function api<T = Record<string, unknown>>(
  path: string,
  init: RequestInit & { auth?: boolean } = {},
): Promise<{ status: number; body: T }> {
  const headers = new Headers(init.headers);
  if (init.auth !== false && !headers.has('authorization'))
    headers.set('authorization', `Bearer ${session ?? node.token}`);
  if (init.body && !headers.has('content-type')) headers.set('content-type', 'application/json');
  const response = await fetch(`${node.url}${path}`, { ...init, headers });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : undefined) as T,
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    log: () => undefined,
  });
  const created = await api('/api/v1/commands/createWorkspace', {
    method: 'POST',
    body: JSON.stringify({ input: { workspaceName: 'Northwind', displayName: 'Ada' } }),
  });
  personId = (created.body as { result: { person: { id: string } } }).result.person.id;
  session = await sessionFor(node, personId, personId);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('HTTP API v1', () => {
  it('answers health without a token and everything else only with one', async () => {
    expect((await api('/api/v1/health', { auth: false })).body).toMatchObject({
      status: 'ok',
      nodeId: node.nodeId,
      version: '0.1.0',
    });
    expect((await api('/api/v1/incidents', { auth: false })).status).toBe(401);
    expect(
      (
        await api('/api/v1/incidents', {
          headers: { authorization: 'Bearer wrong-token-0123456789' },
          auth: false,
        })
      ).status,
    ).toBe(401);
    expect((await api('/api/v1/openapi.json', { auth: false })).status).toBe(401);
  });

  it('declares an incident, lists it and fetches it', async () => {
    const created = await api('/api/v1/incidents', {
      method: 'POST',
      body: JSON.stringify({
        title: 'Card authorisation failing',
        severity: 'SEV1',
        type: 'availability',
      }),
    });
    expect(created.status).toBe(201);
    const id = created.body?.id as string;
    expect(created.body).toMatchObject({
      title: 'Card authorisation failing',
      severity: 'SEV1',
      declaredBy: personId,
    });
    expect((await api('/api/v1/incidents')).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ id })]),
    );
    expect((await api(`/api/v1/incidents/${id}`)).body).toMatchObject({ id, status: 'declared' });
    expect((await api('/api/v1/incidents/inc-missing')).status).toBe(404);
  });

  it('leaves exercises out of the list when asked, and refuses an unknown filter', async () => {
    const declare = async (title: string, exercise: boolean) =>
      (
        await api('/api/v1/incidents', {
          method: 'POST',
          body: JSON.stringify({ title, severity: 'SEV2', exercise }),
        })
      ).body?.id as string;
    const realId = await declare('Real outage', false);
    const drillId = await declare('Drill outage', true);
    const ids = async (query: string) =>
      (await api<{ id: string }[]>(`/api/v1/incidents?${query}`)).body.map((i) => i.id);
    const real = await ids('status=active&exercises=exclude');
    expect(real).toContain(realId);
    expect(real).not.toContain(drillId);
    expect(await ids('exercises=only')).toEqual([drillId]);
    expect(await ids('status=active')).toEqual(expect.arrayContaining([realId, drillId]));
    const refused = await api('/api/v1/incidents?exercises=hide');
    expect(refused.status).toBe(400);
    expect(JSON.stringify(refused.body)).toContain(
      'exercises must be one of include, exclude, only',
    );
  });

  it('adds timeline entries and returns them in order', async () => {
    const id = (
      await api('/api/v1/incidents', {
        method: 'POST',
        body: JSON.stringify({ title: 'Queue backlog', severity: 'SEV3' }),
      })
    ).body?.id as string;
    for (const text of ['Paged payments on-call', 'Backlog draining']) {
      expect(
        (
          await api(`/api/v1/incidents/${id}/timeline`, {
            method: 'POST',
            body: JSON.stringify({ text }),
          })
        ).status,
      ).toBe(201);
    }
    const entries = (await api(`/api/v1/incidents/${id}/timeline`)).body as unknown as {
      text: string;
    }[];
    expect(entries.map((e) => e.text)).toEqual([
      'Incident declared at SEV3 (Moderate): Queue backlog',
      'Paged payments on-call',
      'Backlog draining',
    ]);
  });

  it('rejects bad input with 400, the field and the reason, and changes nothing', async () => {
    const before = (await api<unknown[]>('/api/v1/incidents')).body.length;
    const cases: [string, string][] = [
      [JSON.stringify({ title: 'x', severity: 'SEV9' }), 'severity'],
      [JSON.stringify({ severity: 'SEV1' }), 'title'],
      [JSON.stringify({ title: 'x', severity: 'SEV1', extra: 1 }), ''],
      [JSON.stringify([1, 2]), ''],
      ['{"title": ', ''],
      ['null', ''],
    ];
    for (const [body, field] of cases) {
      const result = await api('/api/v1/incidents', { method: 'POST', body });
      expect(result.status, body).toBe(400);
      expect(
        (result.body as { error: { problems: { field: string }[] } }).error.problems[0]?.field,
      ).toBe(field);
    }
    expect((await api<unknown[]>('/api/v1/incidents')).body.length).toBe(before);
  });

  it('refuses oversized bodies with 413, wrong methods with 405 and unknown commands with 404', async () => {
    const huge = JSON.stringify({
      title: 'x',
      severity: 'SEV1',
      summary: 'a'.repeat(2 * 1024 * 1024),
    });
    expect((await api('/api/v1/incidents', { method: 'POST', body: huge })).status).toBe(413);
    expect((await api('/api/v1/incidents', { method: 'DELETE' })).status).toBe(405);
    expect(
      (await api('/api/v1/commands/dropEverything', { method: 'POST', body: '{}' })).status,
    ).toBe(404);
    expect(
      (
        await api('/api/v1/incidents', {
          method: 'POST',
          body: '{}',
          headers: { 'content-type': 'text/plain' },
        })
      ).status,
    ).toBe(415);
  });

  it('never answers 500 to hostile input', async () => {
    const paths = [
      '/api/v1/incidents/%E0%A4%A',
      '/api/v1/incidents/..%2f..%2fetc',
      '/api/v1/incidents/x/timeline',
      '/api/v1/commands/__proto__',
      '/api/v1/commands/constructor',
    ];
    for (const path of paths) {
      for (const method of ['GET', 'POST']) {
        const result = await api(path, {
          method,
          ...(method === 'POST'
            ? { body: '{"__proto__":{"admin":true},"input":{"constructor":1}}' }
            : {}),
        });
        expect(result.status, `${method} ${path}`).toBeLessThan(500);
      }
    }
  });

  it('describes itself as OpenAPI 3.1 with the command input schemas', async () => {
    const doc = (await api('/api/v1/openapi.json')).body as {
      openapi: string;
      paths: Record<string, unknown>;
      components: { schemas: { DeclareIncident: { required: string[] } } };
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/v1/incidents', '/api/v1/incidents/{id}/timeline']),
    );
    expect(doc.components.schemas.DeclareIncident.required).toEqual(['title', 'severity']);
  });
});
