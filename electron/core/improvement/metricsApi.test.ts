import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseMetrics } from '../../../shared/improvement/responseMetrics.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

let node: LanternNode;
let dataDir: string;
let session: string;

async function call(method: string, path: string, body?: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${session}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    text: await response.text(),
  };
}

const metrics = async (query = '') =>
  JSON.parse((await call('GET', `/metrics${query}`)).text) as ResponseMetrics;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-metrics-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-metrics-0123456789',
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

describe('GET /api/v1/kpis', () => {
  it('judges a KPI an administrator defined over the months asked for, in their zone', async () => {
    const defined = await call('POST', '/commands/defineKpi', {
      input: {
        objective: 'Card payments available 99.95 %',
        name: 'MTTR p90',
        measure: 'mttr-p90',
        target: 240,
      },
    });
    expect(defined.status).toBe(200);
    const reply = await call('GET', '/kpis?months=3&zone=Europe/Berlin&at=2026-03-15T12:00:00Z');
    expect(reply.status).toBe(200);
    const kpis = JSON.parse(reply.text) as {
      kpi: { name: string };
      zone: string;
      months: { month: string }[];
    }[];
    const kpi = kpis.find((k) => k.kpi.name === 'MTTR p90');
    expect(kpi?.zone).toBe('Europe/Berlin');
    expect(kpi?.months.map((m) => m.month)).toEqual(['2026-01', '2026-02', '2026-03']);
    const bad = await call('GET', '/kpis?months=99');
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/v1/metrics', () => {
  it('counts an incident once it is declared and its time to resolve once it is resolved', async () => {
    const before = await metrics();
    const declared = await call('POST', '/incidents', {
      title: 'Checkout errors',
      severity: 'SEV2',
    });
    expect(declared.status).toBe(201);
    const { id } = JSON.parse(declared.text) as { id: string };
    const open = await metrics();
    expect(open.count).toBe(before.count + 1);
    expect(open.open).toBe(before.open + 1);
    expect(open.overall.resolve.count).toBe(before.overall.resolve.count);
    const resolved = await call('POST', `/incidents/${id}/status`, {
      status: 'resolved',
      resolutionSummary: 'Rolled back the checkout release',
    });
    expect(resolved.status).toBe(200);
    const after = await metrics();
    expect(after.overall.resolve.count).toBe(before.overall.resolve.count + 1);
    expect(after.open).toBe(before.open);
  });

  it('filters by severity and reads months in the zone asked for, which the CSV names', async () => {
    const sev5 = await metrics('?severity=SEV5');
    expect(sev5.bySeverity.every((row) => row.key === 'SEV5')).toBe(true);
    const csv = await call('GET', '/metrics?format=csv&zone=Europe/Berlin');
    expect(csv.status).toBe(200);
    expect(csv.type).toContain('text/csv');
    const [head, first] = csv.text.split('\n');
    expect(head?.startsWith('Month,Zone,Incidents,')).toBe(true);
    expect(first).toMatch(/^\d{4}-\d{2},Europe\/Berlin,\d+,/);
  });

  it('refuses an unknown zone or severity in plain words and names the field', async () => {
    const badZone = await call('GET', '/metrics?zone=Mars/Olympus');
    expect(badZone.status).toBe(400);
    expect(badZone.text).toContain('zone must be an IANA time zone');
    const badSeverity = await call('GET', '/metrics?severity=SEV9');
    expect(badSeverity.status).toBe(400);
    expect(badSeverity.text).toContain('severity');
  });
});
