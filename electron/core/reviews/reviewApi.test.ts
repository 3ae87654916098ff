import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

type Json = Record<string, unknown> & { error?: { code: string; message: string } };

let node: LanternNode;
let dataDir: string;
const people = { ada: '', dana: '' };
const sessions = { ada: '', dana: '' };

async function api<T = Json>(path: string, body?: unknown, as: 'ada' | 'dana' = 'ada') {
  const headers = new Headers({ authorization: `Bearer ${sessions[as] || node.token}` });
  if (body !== undefined) headers.set('content-type', 'application/json');
  const response = await fetch(`${node.url}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

const command = async <T = Json>(name: string, input: unknown) =>
  (await api<{ result: T }>(`/api/v1/commands/${name}`, { input })).body.result;

/** A SEV1 declared, worked and resolved; returns its id. */
async function resolvedIncident(title: string, note: string, exercise = false): Promise<string> {
  const incident = await command<{ id: string }>('declareIncident', {
    title,
    severity: 'SEV1',
    summary: 'Customers cannot pay',
    ...(exercise ? { exercise: true } : {}),
  });
  await command('addTimelineEntry', { incidentId: incident.id, text: note, starred: true });
  await command('changeIncidentStatus', {
    incidentId: incident.id,
    status: 'resolved',
    resolutionSummary: 'Rolled back release 42',
  });
  return incident.id;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-review-api-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    log: () => undefined,
  });
  const created = await api<{ result: { person: { id: string } } }>(
    '/api/v1/commands/createWorkspace',
    { input: { workspaceName: 'Northwind', displayName: 'Ada Commander' } },
  );
  people.ada = created.body.result.person.id;
  sessions.ada = await sessionFor(node, people.ada, people.ada);
  people.dana = (await command<{ id: string }>('registerPerson', { displayName: 'Dana Ruiz' })).id;
  sessions.dana = await sessionFor(node, people.dana, people.ada);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('reviews, action items and search over HTTP', () => {
  it('walks a resolved SEV1 through its review, tracks an item, finds it and exports it redacted', async () => {
    const incidentId = await resolvedIncident(
      'Card payments failing',
      'Connection pool exhausted on the payments database',
    );
    const started = await api<{ id: string; timeline: unknown[] }>(
      `/api/v1/incidents/${incidentId}/review`,
      {},
    );
    expect(started.status).toBe(201);
    const reviewId = started.body.id;
    expect((await api(`/api/v1/incidents/${incidentId}/review`, {})).status).toBe(409);

    const factor = await api(`/api/v1/reviews/${reviewId}/lines`, {
      list: 'factors',
      text: 'Pool sized for last year; Dana Ruiz noticed first',
      category: 'capacity',
    });
    expect(factor.status).toBe(200);
    const bad = await api(`/api/v1/reviews/${reviewId}/lines`, { list: 'factors', text: '' });
    expect(bad.status).toBe(400);

    const item = await api<{ id: string; dueZone: string }>(
      `/api/v1/reviews/${reviewId}/action-items`,
      {
        title: 'Size the pool from peak traffic',
        ownerId: people.dana,
        dueAt: '2001-01-05T17:00:00+01:00',
        dueZone: 'Europe/Berlin',
      },
    );
    expect(item.status).toBe(201);
    expect((await api(`/api/v1/reviews/${reviewId}/complete`, {})).status).toBe(200);

    const got = await api<{ review: { status: string }; actionItems: { id: string }[] }>(
      `/api/v1/reviews/${incidentId}`,
    );
    expect(got.body.review.status).toBe('complete');
    expect(got.body.actionItems.map((i) => i.id)).toEqual([item.body.id]);

    // Due long ago (the node's own clock decides overdue): listed as overdue.
    const overdue = await api<{ item: { id: string }; overdue: boolean }[]>(
      '/api/v1/action-items?overdue=true',
    );
    expect(overdue.body.map((r) => [r.item.id, r.overdue])).toEqual([[item.body.id, true]]);
    const refused = await api(`/api/v1/action-items/${item.body.id}/close`, { note: 'done' });
    expect(refused.status).toBe(200); // Ada is the administrator
    const closedAgain = await api(
      `/api/v1/action-items/${item.body.id}/close`,
      { note: 'again' },
      'dana',
    );
    expect(closedAgain.status).toBe(409);

    await resolvedIncident('Payments drill', 'Connection pool exhausted in the drill', true);
    const found = await api<
      { type: string; id: string; snippet: string; highlights: number[][] }[]
    >(`/api/v1/search?q=${encodeURIComponent('pool exhausted')}`);
    expect(found.status).toBe(200);
    // The real incident and its review (by rank), then the drill: exercises after real incidents.
    expect(
      found.body
        .slice(0, 2)
        .map((hit) => hit.id)
        .sort(),
    ).toEqual([incidentId, reviewId].sort());
    expect(found.body.map((hit) => hit.type).sort()).toEqual(['incident', 'incident', 'review']);
    expect(found.body[2]?.id).not.toBe(incidentId);
    const [hit] = found.body;
    expect(hit?.highlights.length).toBeGreaterThan(0);
    const reviews = await api<{ id: string }[]>('/api/v1/search?q=pool&type=review');
    expect(reviews.body.map((hit) => hit.id)).toEqual([reviewId]);
    expect((await api('/api/v1/search?q=')).status).toBe(400);

    const exported = await api<{ markdown: string; export: { redactions: unknown[] } }>(
      `/api/v1/reviews/${reviewId}/exports`,
      { audience: 'internal' },
    );
    expect(exported.status).toBe(201);
    expect(exported.body.markdown).toContain('noticed first');
    expect(exported.body.markdown).not.toContain('Dana Ruiz');
    expect(exported.body.export.redactions).toContainEqual({ kind: 'name', count: 3 });
  });
});
