import { afterEach, describe, expect, it } from 'vitest';
import {
  freePort,
  Relay,
  startSyncNode,
  temporaryFolder,
  until,
  type SyncNodeProcess,
} from './syncProcess.testHelpers.ts';

/**
 * The story of issue 11, with two real node processes: the network splits,
 * the commander on each side assigns a subject-matter expert, adds an
 * on-call cover and works the playbook; after healing both nodes hold
 * everything both sides acknowledged.
 */
type Digest = Record<string, { count: number; sha256: string }>;
type Status = { isolated: boolean; unacknowledgedChanges: number };
type Role = { role: string; personId: string };
type StepRecord = { stepId: string; completedAt?: string; checkedItems: number[] };
type Incident = { id: string; roles: Role[]; playbook?: { steps: StepRecord[] } };

const COMMANDER = 'yusuf-demir';
const ROTATION = 'payments-primary';

const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Node A holds the demo workspace; node B dials it through a relay the test can cut. */
async function twoNodes(): Promise<{ a: SyncNodeProcess; b: SyncNodeProcess; link: Relay }> {
  const folder = temporaryFolder();
  cleanup.push(() => folder.remove());
  const [syncA, syncB, httpA, httpB] = await Promise.all([1, 2, 3, 4].map(() => freePort()));
  const link = await new Relay(syncA as number).listen();
  cleanup.push(() => link.close());
  const base = { peers: [] as number[] };
  const a = await startSyncNode({
    ...base,
    name: 'A',
    dataDir: `${folder.path}/a`,
    httpPort: httpA as number,
    syncPort: syncA as number,
    demo: true,
  });
  cleanup.push(() => a.stop());
  const b = await startSyncNode({
    name: 'B',
    dataDir: `${folder.path}/b`,
    httpPort: httpB as number,
    syncPort: syncB as number,
    peers: [link.port],
  });
  cleanup.push(() => b.stop());
  return { a, b, link };
}

async function converged(nodes: SyncNodeProcess[]): Promise<boolean> {
  const statuses = await Promise.all(nodes.map((n) => n.api<Status>('GET', '/api/v1/sync/status')));
  if (statuses.some((s) => s.body.isolated || s.body.unacknowledgedChanges > 0)) return false;
  const digests = await Promise.all(
    nodes.map(async (n) =>
      JSON.stringify((await n.api<Digest>('GET', '/api/v1/sync/digest')).body),
    ),
  );
  return digests.every((d) => d === digests[0]);
}

/** Run a command over HTTP as the commander; it must be acknowledged. */
async function acknowledged(
  node: SyncNodeProcess,
  method: string,
  path: string,
  body?: unknown,
): Promise<void> {
  const response = await node.api(method, path, body, COMMANDER);
  expect(
    response.status,
    `${node.name} ${method} ${path}: ${JSON.stringify(response.body)}`,
  ).toBeLessThan(300);
}

async function incidentOn(node: SyncNodeProcess, id: string): Promise<Incident> {
  const response = await node.api<Incident>('GET', `/api/v1/incidents/${id}`);
  expect(response.status).toBe(200);
  return response.body;
}

async function onCallAt(node: SyncNodeProcess, at: string): Promise<string | undefined> {
  const response = await node.api<{ onCall: { personId: string } | null }>(
    'GET',
    `/api/v1/rotations/${ROTATION}/on-call?at=${encodeURIComponent(at)}`,
  );
  return response.body.onCall?.personId;
}

describe('no edit lost in a merge, between real node processes', () => {
  it('roles, covers and playbook progress made on both sides of a partition are all kept on both nodes', async () => {
    const { a, b, link } = await twoNodes();
    await until(() => converged([a, b]), 'B holds the demo workspace', 150_000);
    const declared = await a.api<{ id: string }>(
      'POST',
      '/api/v1/incidents',
      { title: 'Card payments failing', severity: 'SEV2', type: 'availability' },
      COMMANDER,
    );
    expect(declared.status).toBe(201);
    const id = declared.body.id;
    await until(() => converged([a, b]), 'B holds the incident', 150_000);
    const steps = (await incidentOn(b, id)).playbook?.steps.map((s) => s.stepId) ?? [];
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const [first, second, third] = steps as [string, string, string];

    link.cut();
    await until(
      async () =>
        (await Promise.all([a, b].map((n) => n.api<Status>('GET', '/api/v1/sync/status')))).every(
          (s) => s.body.isolated,
        ),
      'both nodes isolated',
    );
    const incident = `/api/v1/incidents/${id}`;
    const covers = `/api/v1/rotations/${ROTATION}/overrides`;
    // Side A.
    await acknowledged(a, 'POST', `${incident}/roles`, { role: 'sme', personId: 'kevin-murphy' });
    await acknowledged(a, 'POST', covers, {
      personId: 'zofia-nowak',
      start: '2027-03-01T09:00:00.000Z',
      end: '2027-03-02T09:00:00.000Z',
      reason: 'swap',
    });
    await acknowledged(a, 'POST', `${incident}/playbook/steps/${first}/complete`);
    await acknowledged(a, 'PUT', `${incident}/playbook/steps/${second}/checklist/0`, {
      checked: true,
    });
    // Side B, at the same time.
    await acknowledged(b, 'POST', `${incident}/roles`, { role: 'sme', personId: 'maya-okafor' });
    await acknowledged(b, 'POST', covers, {
      personId: 'arjun-mehta',
      start: '2027-04-01T09:00:00.000Z',
      end: '2027-04-02T09:00:00.000Z',
      reason: 'holiday',
    });
    await acknowledged(b, 'POST', `${incident}/playbook/steps/${third}/complete`);
    await acknowledged(b, 'PUT', `${incident}/playbook/steps/${second}/checklist/1`, {
      checked: true,
    });

    link.heal();
    await until(() => converged([a, b]), 'A and B converge after healing', 150_000).catch(
      async (error: unknown) => {
        const statuses = await Promise.all([a, b].map((n) => n.api('GET', '/api/v1/sync/status')));
        throw new Error(`${String(error)}\n${JSON.stringify(statuses.map((s) => s.body))}`);
      },
    );

    for (const node of [a, b]) {
      const merged = await incidentOn(node, id);
      const smes = merged.roles.filter((r) => r.role === 'sme').map((r) => r.personId);
      expect(smes.sort(), node.name).toEqual(['kevin-murphy', 'maya-okafor']);
      expect(merged.roles.filter((r) => r.role === 'incident-commander')).toHaveLength(1);
      const record = (stepId: string) => merged.playbook?.steps.find((s) => s.stepId === stepId);
      expect(record(first)?.completedAt, `${node.name} ${first}`).toBeDefined();
      expect(record(third)?.completedAt, `${node.name} ${third}`).toBeDefined();
      expect(record(second)?.checkedItems, `${node.name} ${second}`).toEqual([0, 1]);
      expect(merged.playbook?.steps.map((s) => s.stepId).sort()).toEqual([...steps].sort());
      expect(await onCallAt(node, '2027-03-01T12:00:00.000Z'), node.name).toBe('zofia-nowak');
      expect(await onCallAt(node, '2027-04-01T12:00:00.000Z'), node.name).toBe('arjun-mehta');
    }
  }, 300_000);
});
