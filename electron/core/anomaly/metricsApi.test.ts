import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LanternDetector } from '../../../shared/anomaly/lanternDetector.ts';
import type { AlertDoc } from '../../../shared/schema/alert.ts';
import type { MetricStreamDoc } from '../../../shared/schema/metricStream.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';
import { DetectorStore } from './detectorStore.ts';

const TOKEN = 'test-token-0123456789';
const START = Date.UTC(2026, 0, 5);
const TEN_SECONDS = 10_000;

let node: LanternNode;
let dataDir: string;
let session: string;
let administratorId: string;

async function start() {
  node = await startNode({ dataDir, port: 0, token: TOKEN, demo: true, log: () => undefined });
  session = await sessionFor(node, administratorId, administratorId);
}

async function api<T = Record<string, unknown>>(method: string, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as T };
}

async function push(key: string, body: unknown) {
  const response = await fetch(`${node.url}/api/v1/metrics/${key}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function metricsIntegration(name: string) {
  const created = await api<{ id: string; key: string }>('POST', '/integrations', {
    source: 'metrics',
    name,
  });
  expect(created.status).toBe(201);
  return created.body;
}

/** A steady noisy stream (deterministic), one point per 10 s from START. */
function steady(from: number, count: number, seed = 1): { at: number; value: number }[] {
  let state = seed;
  return Array.from({ length: count }, (_, i) => {
    state = (state * 16807) % 2147483647;
    return { at: START + (from + i) * TEN_SECONDS, value: 100 + (4 * state) / 2147483647 };
  });
}

const asBatch = (stream: string, points: { at: number; value: number }[]) => ({
  points: points.map(({ at, value }) => ({ stream, timestamp: at, value })),
});

async function streamRecord(integrationId: string, stream: string) {
  const streams = await api<MetricStreamDoc[]>(
    'GET',
    `/metrics/streams?integrationId=${integrationId}`,
  );
  return streams.body.find((record) => record.stream === stream);
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-metrics-'));
  administratorId = '';
  node = await startNode({ dataDir, port: 0, token: TOKEN, demo: true, log: () => undefined });
  const workspace = await kindStore(node.database).findOne('workspaces');
  administratorId = workspace?.administratorIds?.[0] ?? '';
  session = await sessionFor(node, administratorId, administratorId);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('metric streams over HTTP', () => {
  it('refuses bad batches with the field and the reason, and records nothing', async () => {
    const { id, key } = await metricsIntegration('Prometheus metrics');
    const cases: [unknown, string][] = [
      [{ points: [] }, 'points'],
      [{ points: [{ stream: 'cpu', timestamp: 1_700_000_000, value: 1 }] }, 'points.0.timestamp'],
      [{ points: [{ stream: 'cpu', timestamp: START, value: 'high' }] }, 'points.0.value'],
      [{ points: [{ stream: '', timestamp: START, value: 1 }] }, 'points.0.stream'],
      [{ points: [{ stream: 'cpu', timestamp: START, value: 1, extra: true }] }, 'points.0'],
      [[{ stream: 'cpu', timestamp: START, value: 1 }], ''],
      [
        { points: [{ stream: 'cpu', timestamp: '2026-01-05 10:00', value: 1 }] },
        'points.0.timestamp',
      ],
      [
        { points: [{ stream: 'cpu', timestamp: Date.UTC(2999, 0, 1), value: 1 }] },
        'points.0.timestamp',
      ],
    ];
    for (const [body, field] of cases) {
      const answer = await push(key, body);
      expect(answer.status, JSON.stringify(body)).toBe(400);
      expect(JSON.stringify(answer.body.error)).toContain(`"field":"${field}"`);
    }
    expect(await streamRecord(id, 'cpu')).toBeUndefined();
    expect((await push('lk_' + '0'.repeat(64), asBatch('cpu', steady(0, 1)))).status).toBe(401);
  });

  it('keeps keys to their purpose: alerts on a metrics key and points on an alert key are refused', async () => {
    const metrics = await metricsIntegration('Telegraf');
    const alerts = await api<{ key: string }>('POST', '/integrations', {
      source: 'generic',
      name: 'Generic',
    });
    expect((await push(alerts.body.key, asBatch('cpu', steady(0, 1)))).status).toBe(403);
    const alertPost = await fetch(`${node.url}/api/v1/alerts/${metrics.key}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ summary: 'disk full' }),
    });
    expect(alertPost.status).toBe(403);
  });

  it('an anomaly above the stream’s alert score becomes an alert with the stream, score and expected range; calm resolves it', async () => {
    const { id, key } = await metricsIntegration('Checkout metrics');
    const stream = 'checkout.latency_p99';
    const calm = steady(0, 300);
    const first = await push(key, asBatch(stream, calm));
    expect(first).toMatchObject({ status: 200, body: { accepted: 300, skipped: 0, anomalies: 0 } });
    // A retried batch is not taken twice.
    expect((await push(key, asBatch(stream, calm.slice(-10)))).body).toMatchObject({
      accepted: 0,
      skipped: 10,
    });
    const spike = await push(key, asBatch(stream, [{ at: START + 300 * TEN_SECONDS, value: 180 }]));
    expect(spike.body).toMatchObject({ accepted: 1, anomalies: 1, alertsOpened: 1 });
    const record = (await streamRecord(id, stream)) as MetricStreamDoc;
    const anomaly = record.anomalies.at(-1);
    expect(anomaly).toMatchObject({ value: 180 });
    expect(anomaly?.score).toBeGreaterThanOrEqual(record.alertScore);
    const alerts = (await api<AlertDoc[]>('GET', `/alerts?integrationId=${id}`)).body;
    expect(alerts).toHaveLength(1);
    const [alert] = alerts;
    expect(alert).toMatchObject({
      id: anomaly?.alertId,
      status: 'firing',
      class: 'anomaly',
      component: stream,
    });
    expect(alert?.labels).toMatchObject({ stream, value: '180', score: anomaly?.score.toFixed(3) });
    expect(Number(alert?.labels.expectedLow)).toBeLessThan(100);
    expect(Number(alert?.labels.expectedHigh)).toBeGreaterThan(104);
    expect(alert?.summary).toContain(stream);
    const calmAgain = steady(301, 40, 7).map(({ at, value }) => ({ at, value }));
    await push(key, asBatch(stream, calmAgain));
    const resolved = (await api<AlertDoc[]>('GET', `/alerts?integrationId=${id}`)).body;
    expect(resolved[0]?.status).toBe('resolved');
  });

  it('an anomaly on a stream in a maintenance window is kept as a suppressed alert (the alert path applies)', async () => {
    const { id, key } = await metricsIntegration('Batch metrics');
    const stream = 'batch.rows_per_s';
    await node.execute(
      'scheduleMaintenanceWindow',
      {
        name: 'Batch migration',
        services: [],
        labels: [{ name: 'stream', value: stream }],
        startsAt: '2026-01-01T00:00:00.000Z',
        endsAt: '2100-01-01T00:00:00.000Z',
      },
      { kind: 'person', id: administratorId },
    );
    await push(key, asBatch(stream, steady(0, 300, 5)));
    const spike = await push(key, asBatch(stream, [{ at: START + 300 * TEN_SECONDS, value: 180 }]));
    expect(spike.body).toMatchObject({ anomalies: 1, alertsOpened: 1 });
    const [alert] = (await api<AlertDoc[]>('GET', `/alerts?integrationId=${id}`)).body;
    expect(alert?.suppressedBy).toMatch(/^mw-/);
  });

  it('a person sets a stream’s sensitivity (audited); out of range is refused', async () => {
    const { id, key } = await metricsIntegration('Queue metrics');
    await push(key, asBatch('queue.depth', steady(0, 5)));
    const record = (await streamRecord(id, 'queue.depth')) as MetricStreamDoc;
    const path = `/metrics/streams/${record.id}/alert-score`;
    expect((await api('POST', path, { alertScore: 0.2, reason: 'more alerts' })).status).toBe(400);
    expect((await api('POST', path, { alertScore: 0.9 })).status).toBe(400);
    const set = await api('POST', path, { alertScore: 0.9, reason: 'noisy at night' });
    expect(set).toMatchObject({ status: 200, body: { alertScore: 0.9 } });
    const updated = (await streamRecord(id, 'queue.depth')) as MetricStreamDoc;
    expect(updated).toMatchObject({
      alertScore: 0.9,
      alertScoreSetBy: `person:${administratorId}`,
    });
    const audit = await kindStore(node.database).find('audit', {
      selector: { command: 'setStreamAlertScore' },
    });
    expect(audit.map((entry) => entry.input)).toContainEqual(
      expect.objectContaining({ streamId: record.id, alertScore: 0.9, reason: 'noisy at night' }),
    );
  });

  it('a restart carries on each detector where it stopped: scores match one that never stopped', async () => {
    const { id, key } = await metricsIntegration('Restart metrics');
    const stream = 'api.requests';
    const points = steady(0, 400, 3);
    const reference = new LanternDetector();
    const expected = points.map(({ at, value }) => reference.observe(at, value));
    await push(key, asBatch(stream, points.slice(0, 250)));
    await node.close();
    await start();
    await push(key, asBatch(stream, points.slice(250, 330)));
    // As after a kill -9: the saved state is behind (taken at point 300), the rest replays from the record.
    const behind = new LanternDetector();
    points.slice(0, 300).forEach(({ at, value }) => behind.observe(at, value));
    const streamId = ((await streamRecord(id, stream)) as MetricStreamDoc).id;
    await node.close();
    const store = new DetectorStore(dataDir);
    store.save([streamId], () => ({
      points: 300,
      lastAt: START + 299 * TEN_SECONDS,
      state: behind.saveState(),
    }));
    store.close();
    await start();
    await push(key, asBatch(stream, points.slice(330)));
    const record = (await streamRecord(id, stream)) as MetricStreamDoc;
    expect(record.pointCount).toBe(400);
    expect(record.recent.map((sample) => sample[4])).toEqual(expected.slice(-record.recent.length));
  });
});
