import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fixtures from '../../../shared/alerts/adapters/fixtures.testHelpers.ts';
import type { AlertDoc } from '../../../shared/schema/alert.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
/** An administrator's session: creating and revoking integrations is a person's act. */
let session: string;

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

/** A tool posting to its intake URL: no bearer token, only the key in the path. */
async function post(key: string, body: string, type = 'application/json') {
  const response = await fetch(`${node.url}/api/v1/alerts/${key}`, {
    method: 'POST',
    headers: { 'content-type': type },
    body,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function integration(source: string) {
  const created = await api<{ id: string; key: string }>('POST', '/integrations', {
    source,
    name: `${source} prod`,
  });
  expect(created.status).toBe(201);
  return created.body;
}

const alertsOf = async (query = '') => (await api<AlertDoc[]>('GET', `/alerts${query}`)).body;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-alerts-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-0123456789',
    demo: true,
    log: () => undefined,
  });
  const workspace = await kindStore(node.database).findOne('workspaces');
  const administratorId = workspace?.administratorIds?.[0] ?? '';
  session = await sessionFor(node, administratorId, administratorId);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('alert intake over HTTP', () => {
  it('an Alertmanager posts on its key: alerts are stored, deduplicated, resolved and reopened', async () => {
    const { id, key } = await integration('alertmanager');
    expect(key).toMatch(/^lk_[0-9a-f]{40,}$/);
    const first = await post(key, JSON.stringify(fixtures.alertmanagerFiring));
    expect(first).toMatchObject({ status: 200, body: { accepted: 2, opened: 2 } });
    await post(key, JSON.stringify(fixtures.alertmanagerFiring));
    const listed = await alertsOf(`?integrationId=${id}`);
    expect(listed.map((alert) => [alert.dedupKey, alert.count, alert.status])).toEqual(
      expect.arrayContaining([
        ['3f2a9c1d0e7b6a55', 2, 'firing'],
        ['a1b2c3d4e5f60718', 2, 'resolved'],
      ]),
    );
    const [checkout] = fixtures.alertmanagerFiring.alerts;
    const resolve = {
      ...fixtures.alertmanagerFiring,
      alerts: [{ ...checkout, status: 'resolved', endsAt: '2026-11-26T11:00:00Z' }],
    };
    await post(key, JSON.stringify(resolve));
    await post(key, JSON.stringify({ ...fixtures.alertmanagerFiring, alerts: [checkout] }));
    const episodes = (await alertsOf(`?integrationId=${id}`)).filter(
      (alert) => alert.dedupKey === '3f2a9c1d0e7b6a55',
    );
    expect(episodes.map((alert) => [alert.episode, alert.status])).toEqual([
      [2, 'firing'],
      [1, 'resolved'],
    ]);
    expect(
      (await alertsOf(`?integrationId=${id}&status=firing`)).map((alert) => alert.episode),
    ).toEqual([2]);
  });

  it('writes alerts as the integration, audited under its identity', async () => {
    const { id, key } = await integration('pagerduty');
    await post(key, JSON.stringify(fixtures.pagerdutyTrigger));
    const audit = await kindStore(node.database).find('audit', {
      selector: { command: 'ingestAlerts' },
    });
    expect(audit.map((entry) => entry.actorId)).toContain(`integration:${id}`);
    const listed = await api<{ id: string; lastSeenAt?: string; keyHash?: string }[]>(
      'GET',
      '/integrations',
    );
    const seen = listed.body.find((entry) => entry.id === id);
    expect(seen?.lastSeenAt).toBeDefined();
    expect(seen?.keyHash).toBeUndefined();
  });

  it('refuses bad input with the field named, keeps it as a dead letter, and goes on taking alerts', async () => {
    const { id, key } = await integration('alertmanager');
    const bad = await post(key, JSON.stringify({ version: '4', alerts: 'many' }));
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { problems: [{ field: 'alerts' }] } });
    expect((await post(key, 'not json {')).status).toBe(400);
    const huge = await post(key, JSON.stringify({ alerts: [], padding: 'x'.repeat(1024 * 1024) }));
    expect(huge.status).toBe(413);
    const letters = await api<{ field: string; status: number }[]>(
      'GET',
      `/integrations/${id}/dead-letters`,
    );
    expect(letters.body.map((letter) => letter.status).sort()).toEqual([400, 400, 413]);
    expect(letters.body.map((letter) => letter.field)).toContain('alerts');
    expect((await post(key, JSON.stringify(fixtures.alertmanagerFiring))).status).toBe(200);
  });

  it('takes Nagios form data and SNS text/plain JSON', async () => {
    const nagios = await integration('nagios');
    const form = new URLSearchParams(fixtures.nagiosHostDownForm).toString();
    expect(await post(nagios.key, form, 'application/x-www-form-urlencoded')).toMatchObject({
      status: 200,
      body: { accepted: 1 },
    });
    const sns = await integration('cloudwatch');
    const alarm = fixtures.snsNotification(fixtures.cloudwatchAlarm);
    expect(await post(sns.key, JSON.stringify(alarm), 'text/plain; charset=UTF-8')).toMatchObject({
      status: 200,
      body: { accepted: 1 },
    });
  });

  it('an alert attached to an incident puts its resolve on the incident timeline', async () => {
    const { key } = await integration('pagerduty');
    const posted = await post(key, JSON.stringify(fixtures.pagerdutyTrigger));
    const [alertId] = posted.body.alertIds as string[];
    const person = await kindStore(node.database).findOne('people');
    const actor = { kind: 'person' as const, id: person?.id ?? '' };
    const incident = await node.execute(
      'declareIncident',
      { title: 'Ledger replication lagging', severity: 'SEV2' },
      actor,
    );
    await node.execute('attachAlert', { alertId, incidentId: incident.id }, actor);
    await post(key, JSON.stringify(fixtures.pagerdutyResolve));
    const timeline = await kindStore(node.database).find('timeline', {
      selector: { incidentId: incident.id },
    });
    const texts = timeline.map((entry) => entry.text);
    expect(texts).toContainEqual(
      expect.stringMatching(/^Alert attached: \[critical\] Replication lag/),
    );
    expect(texts).toContainEqual(
      expect.stringMatching(/^Alert resolved: \[critical\] Replication lag/),
    );
  });

  it('accepts only the integration key: not the node token, not an unknown or revoked key', async () => {
    expect((await post(node.token, '{}')).status).toBe(401);
    expect((await post(`lk_${'0'.repeat(64)}`, '{}')).status).toBe(401);
    const { id, key } = await integration('generic');
    expect((await post(key, JSON.stringify(fixtures.genericAlert))).status).toBe(200);
    const revoked = await api('POST', `/integrations/${id}/revoke`, {
      reason: 'key leaked in a ticket',
    });
    expect(revoked.status).toBe(200);
    expect((await post(key, JSON.stringify(fixtures.genericAlert))).status).toBe(403);
  });
});
