import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Obligation } from '../../../shared/compliance/obligations.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

const HOUR = 3_600_000;

/** What the node answers: a command's result, an error, or a route's own body. */
interface Reply {
  result?: unknown;
  error?: { code: string; message: string; problems: { field: string; reason: string }[] };
  obligations?: Obligation[];
}
let node: LanternNode;
let dataDir: string;
let session: string;

async function call(method: string, path: string, body?: unknown, bearer = session) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method,
    headers: {
      authorization: `Bearer ${bearer}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return {
    status: response.status,
    body: (text ? JSON.parse(text) : {}) as Reply,
  };
}

const file = (input: Record<string, unknown>) =>
  call('POST', '/commands/recordObligationFiling', { input });

async function obligationsAt(incidentId: string, at: number, zone = 'Europe/Berlin') {
  const reply = await call(
    'GET',
    `/incidents/${incidentId}/obligations?zone=${zone}&at=${new Date(at).toISOString()}`,
  );
  expect(reply.status).toBe(200);
  return new Map((reply.body.obligations ?? []).map((o) => [o.id, o]));
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-obligations-'));
  node = await startNode({
    dataDir,
    port: 0,
    token: 'test-token-obligations-0123456789',
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

async function declareBreach(severity = 'SEV1') {
  const declared = await call('POST', '/commands/declareIncident', {
    input: { title: 'Card data exfiltrated', severity, type: 'security-breach' },
  });
  expect(declared.status).toBe(200);
  return declared.body.result as { id: string; reference: string; declaredAt: string };
}

describe('GET /api/v1/incidents/{id}/obligations', () => {
  it('shows the clocks a breach brings, counted from its declaration, in the asked zone', async () => {
    const incident = await declareBreach();
    const declared = Date.parse(incident.declaredAt);
    const obligations = await obligationsAt(incident.id, declared + HOUR);
    expect([...obligations.keys()]).toEqual([
      'gdpr-33',
      'nis2-early-warning',
      'nis2-notification',
      'nis2-final-report',
      'dora-initial',
    ]);
    const gdpr = obligations.get('gdpr-33');
    expect(gdpr?.dueAt).toBe(new Date(declared + 72 * HOUR).toISOString());
    expect(gdpr?.zone).toBe('Europe/Berlin');
    expect(gdpr?.dueLocal).toMatch(/ GMT\+[12]$/);
    expect(obligations.get('dora-initial')?.remaining).toBe('3 h 00 min left');
    const later = await obligationsAt(incident.id, declared + 5 * HOUR, 'UTC');
    expect(later.get('dora-initial')?.status).toBe('overdue');
    expect(later.get('nis2-final-report')?.status).toBe('waiting');
  });

  it('marks an obligation met when a person records the filing, on the timeline too', async () => {
    const incident = await declareBreach();
    const declared = Date.parse(incident.declaredAt);
    const filed = await file({
      incidentId: incident.id,
      obligationId: 'nis2-notification',
      filedAt: incident.declaredAt,
      recipient: 'BSI',
      reference: 'BSI-2026-0042',
    });
    expect(filed.status).toBe(200);
    const obligations = await obligationsAt(incident.id, declared + 100 * HOUR, 'UTC');
    expect(obligations.get('nis2-notification')).toMatchObject({
      status: 'met',
      filing: { recipient: 'BSI', reference: 'BSI-2026-0042', late: false },
    });
    // The final report's month now runs from that filing.
    expect(obligations.get('nis2-final-report')?.status).toBe('due');
    const timeline = await call('GET', `/incidents/${incident.id}/timeline`);
    const texts = (timeline.body as unknown as { text: string }[]).map((entry) => entry.text);
    expect(
      texts.some((t) => t.startsWith('NIS2: Incident notification') && t.includes('BSI-2026-0042')),
    ).toBe(true);
  });

  it('refuses, in plain words and changing nothing, what cannot be recorded', async () => {
    const incident = await declareBreach('SEV2');
    const twice = { incidentId: incident.id, obligationId: 'gdpr-33', recipient: 'BfDI' };
    expect((await file(twice)).status).toBe(200);
    const again = await file(twice);
    expect(again.status).toBe(409);
    expect(again.body.error?.message).toMatch(/already recorded as filed at .* UTC by /);
    const notMajor = await file({ ...twice, obligationId: 'dora-initial' });
    expect(notMajor.status).toBe(409);
    expect(notMajor.body.error?.message).toContain('does not apply to');
    const tooEarly = await file({ ...twice, obligationId: 'nis2-final-report' });
    expect(tooEarly.status).toBe(409);
    expect(tooEarly.body.error?.message).toContain('record that filing first');
    const future = await file({
      ...twice,
      obligationId: 'nis2-early-warning',
      filedAt: '2099-01-01T00:00:00Z',
    });
    expect(future.status).toBe(400);
    expect(future.body.error?.problems).toEqual([
      { field: 'filedAt', reason: 'a filing cannot be in the future' },
    ]);
    const before = await file({
      ...twice,
      obligationId: 'nis2-early-warning',
      filedAt: '2000-01-01T00:00:00Z',
    });
    expect(before.status).toBe(400);
    const unknown = await file({ ...twice, obligationId: 'sox-404' });
    expect(unknown.status).toBe(400);
    const stored = await kindStore(node.database).find('obligationFilings', {
      selector: { incidentId: incident.id },
    });
    expect(stored.map((doc) => doc.obligationId)).toEqual(['gdpr-33']);
  });

  it('recomputes the clocks from a corrected awareness and logs the change', async () => {
    const incident = await declareBreach();
    const declared = Date.parse(incident.declaredAt);
    const earlier = new Date(declared - 2 * HOUR).toISOString();
    const correct = (input: Record<string, unknown>) =>
      call('POST', '/commands/correctAwareness', { input: { incidentId: incident.id, ...input } });
    const corrected = await correct({ at: earlier, reason: 'SIEM alert seen in triage' });
    expect(corrected.status).toBe(200);
    const obligations = await obligationsAt(incident.id, declared + HOUR, 'UTC');
    expect(obligations.get('gdpr-33')?.dueAt).toBe(new Date(declared + 70 * HOUR).toISOString());
    expect(obligations.get('dora-initial')?.remaining).toBe('1 h 00 min left');
    const timeline = await call('GET', `/incidents/${incident.id}/timeline`);
    const texts = (timeline.body as unknown as { text: string }[]).map((entry) => entry.text);
    expect(
      texts.some((t) => t.startsWith('Awareness corrected from') && t.includes('SIEM alert')),
    ).toBe(true);
    const later = await correct({ at: new Date(declared + HOUR).toISOString(), reason: 'typo' });
    expect(later.status).toBe(400);
    expect(later.body.error?.problems[0]?.reason).toMatch(/cannot be after the declaration/);
    const same = await correct({ at: earlier, reason: 'again' });
    expect(same.status).toBe(409);
    const quiet = await call('POST', '/commands/declareIncident', {
      input: { title: 'Slow search', severity: 'SEV3', type: 'performance' },
    });
    const noClock = await call('POST', '/commands/correctAwareness', {
      input: { incidentId: (quiet.body.result as { id: string }).id, at: earlier, reason: 'x' },
    });
    expect(noClock.status).toBe(409);
    expect(noClock.body.error?.message).toContain('No regulatory clock runs');
  });

  it('answers a missing incident, a bad zone and a caller not signed in', async () => {
    expect((await call('GET', '/incidents/inc-nope/obligations')).status).toBe(404);
    const incident = await declareBreach();
    const badZone = await call('GET', `/incidents/${incident.id}/obligations?zone=Mars/Olympus`);
    expect(badZone.status).toBe(400);
    const anonymous = await call(
      'GET',
      `/incidents/${incident.id}/obligations`,
      undefined,
      'nobody',
    );
    expect(anonymous.status).toBe(401);
  });
});
