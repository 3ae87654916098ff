import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shortScenario } from '../../../shared/exercises/scenario.testHelpers.ts';
import { sessionsOn } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
// Yusuf Demir administers the demo workspace; each actor signs in with their own session.
const sessionOf = sessionsOn(() => node, 'yusuf-demir');

async function call(method: string, path: string, body?: unknown, actor = 'yusuf-demir') {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await sessionOf(actor)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return response;
}
async function api(
  method: string,
  path: string,
  body?: unknown,
  actor?: string,
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read arbitrary JSON
): Promise<{ status: number; body: any }> {
  const response = await call(method, path, body, actor);
  return { status: response.status, body: await response.json() };
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-exercise-'));
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

describe('exercise HTTP API', () => {
  it('lists the six shipped scenarios, exports one and imports an edited copy', async () => {
    const list = await api('GET', '/scenarios');
    expect(list.body.map((s: { id: string }) => s.id)).toHaveLength(6);
    const exported = await call('GET', '/scenarios/cloud-region-outage');
    expect(exported.headers.get('content-disposition')).toBe(
      'attachment; filename="cloud-region-outage.json"',
    );
    const scenario = (await exported.json()) as { id: string; title: string };
    expect(scenario).toHaveProperty('$schema', './scenario.schema.json');
    const imported = await api('POST', '/scenarios', {
      ...scenario,
      id: 'cloud-copy',
      title: 'Copy',
    });
    expect(imported.status).toBe(201);
    const bad = await api('POST', '/scenarios', { ...shortScenario, injects: [] });
    expect(bad.status).toBe(400);
    expect(bad.body.error.problems[0]).toMatchObject({ field: 'definition.injects' });
  });

  it('edits, adds and removes injects of a library scenario', async () => {
    await api('POST', '/scenarios', shortScenario);
    const inject = {
      ...shortScenario.injects[0],
      message: 'Portal returns 503 everywhere',
      time: '0:01',
    };
    const edited = await api('PUT', `/scenarios/${shortScenario.id}/injects/1`, inject);
    expect(edited.status).toBe(200);
    expect(edited.body.injects[0]).toMatchObject({
      message: 'Portal returns 503 everywhere',
      time: '0:01',
    });
    const added = await api('POST', `/scenarios/${shortScenario.id}/injects`, {
      ...inject,
      number: 3,
      contingencies: [],
    });
    expect(added.body.injects.map((i: { number: number }) => i.number)).toEqual([1, 2, 3]);
    const linked = await api('DELETE', `/scenarios/${shortScenario.id}/injects/2`);
    expect(linked.status).toBe(400);
    expect(linked.body.error.problems[0].reason).toMatch(/lists 2 as its contingency/);
    const removed = await api('DELETE', `/scenarios/${shortScenario.id}/injects/3`);
    expect(removed.body.injects).toHaveLength(2);
  });

  it('runs an exercise to its AAR/IP, as Markdown and as PDF', async () => {
    const started = await api('POST', '/exercises', {
      scenarioId: 'payment-vendor-outage',
      commanderId: 'oliver-hughes',
    });
    expect(started.status).toBe(201);
    expect(started.body.incident).toMatchObject({
      exercise: true,
      title: expect.stringMatching(/^EXERCISE — /),
    });
    const id = started.body.exercise.id as string;
    expect((await api('POST', `/exercises/${id}/clock`, { action: 'start' })).status).toBe(200);
    const released = await api('POST', `/exercises/${id}/injects/2/release`);
    expect(released.body.injects.find((i: { number: number }) => i.number === 2).status).toBe(
      'released',
    );
    const byPlayer = await api(
      'POST',
      `/exercises/${id}/injects/3/release`,
      undefined,
      'oliver-hughes',
    );
    expect(byPlayer.status).toBe(403);
    await api('POST', `/exercises/${id}/ratings`, {
      objectiveId: 'vendor-engagement',
      rating: 'P',
      observations: 'P1 opened with the processor within 10 minutes',
    });
    const badRating = await api('POST', `/exercises/${id}/ratings`, {
      objectiveId: 'vendor-engagement',
      rating: 'X',
      observations: 'n/a',
    });
    expect(badRating.status).toBe(400);
    expect(badRating.body.error.problems[0].field).toBe('rating');
    await api('POST', `/exercises/${id}/clock`, { action: 'end' });
    const markdown = await (await call('GET', `/exercises/${id}/report.md`)).text();
    expect(markdown).toContain('| P — Performed without challenges |');
    const pdf = await call('GET', `/exercises/${id}/report.pdf`);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const loaded = await PDFDocument.load(new Uint8Array(await pdf.arrayBuffer()));
    expect(loaded.getTitle()).toMatch(/Payment processor outage/);
    const incident = await api('GET', `/incidents/${started.body.incident.id}`);
    expect(incident.body.status).toBe('resolved');
  });

  it('documents every exercise endpoint in the OpenAPI document', async () => {
    const { body } = await api('GET', '/openapi.json');
    for (const path of [
      '/api/v1/scenarios',
      '/api/v1/scenarios/{id}/injects/{number}',
      '/api/v1/exercises',
      '/api/v1/exercises/{id}/clock',
      '/api/v1/exercises/{id}/injects/{number}/release',
      '/api/v1/exercises/{id}/report.pdf',
    ])
      expect(body.paths).toHaveProperty([path]);
  });
});
