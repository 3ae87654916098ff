import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionsPerNode } from '../access/signIn.testSupport.ts';
import { killServedNodes, serveNode, type ServedNode } from '../servedNode.testHelpers.ts';

const folders: string[] = [];
// Yusuf Demir administers the demo workspace; each person acts through their own session.
const sessionOf = sessionsPerNode('yusuf-demir');

/** The headless node as a real process; `shiftMs` moves its clock forward (time spent switched off). */
const serve = (dataDir: string, shiftMs: number) => serveNode(dataDir, { clockShiftMs: shiftMs });

async function call(node: ServedNode, path: string, body?: unknown, actor = 'yusuf-demir') {
  const headers: Record<string, string> = {
    authorization: `Bearer ${await sessionOf(node, actor)}`,
  };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  return { status: response.status, body: (await response.json()) as any };
}

async function escalationEntries(node: ServedNode, incidentId: string) {
  const timeline = (await call(node, `/incidents/${incidentId}/timeline`)).body as {
    kind: string;
    text: string;
    at: string;
  }[];
  return timeline.filter((e) => e.kind === 'escalation');
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

/** Level 1 waits one minute, the shortest a policy allows; level 2 waits long enough not to time out in the test. */
const shortPolicy = {
  id: 'process-test-payments',
  name: 'Process test payments policy',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 1 },
    { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 60 },
  ],
};

afterEach(() => {
  killServedNodes();
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

// Three node processes start in turn and each signs its people in (scrypt): slower than the default.
describe('escalation across a SIGKILL', { timeout: 120_000 }, () => {
  it('takes the step missed while the node was down exactly once, at the time it was due', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-escalation-'));
    folders.push(dataDir);
    const first = serve(dataDir, 0);
    await first.ready;
    const adopted = await call(first, '/commands/adoptFramework', {
      input: { kind: 'escalationPolicy', name: shortPolicy.name, definition: shortPolicy },
    });
    expect(adopted.status).toBe(200);
    const declared = await call(
      first,
      '/incidents',
      { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
      'oliver-hughes',
    );
    const incidentId = declared.body.id as string;
    const paged = await waitFor(async () => {
      const entries = await escalationEntries(first, incidentId);
      return entries.find((e) => e.text.startsWith('Paged')) ? entries : undefined;
    });
    expect(paged.map((e) => e.text)).toEqual([
      'Escalation started under "Process test payments policy" (2 level(s), 0 repeat(s))',
      expect.stringMatching(/^Paged .+ \(Payments on-call, level 1 of 2\)$/),
    ]);
    first.child.kill('SIGKILL');
    await first.exit;

    // Back 90 s later by the node's clock: the level-1 timeout passed while it was down.
    const second = serve(dataDir, 90_000);
    await second.ready;
    const caughtUp = await waitFor(async () => {
      const entries = await escalationEntries(second, incidentId);
      return entries.length >= 4 ? entries : undefined;
    });
    const startedAt = Date.parse(paged[1]?.at ?? '');
    expect(caughtUp.slice(2).map((e) => [e.text, Date.parse(e.at) - startedAt])).toEqual([
      [
        'No acknowledgement in 1 min: escalated to level 2 of 2 — Maya Okafor, Head of Platform Reliability',
        60_000,
      ],
      ['Paged Maya Okafor (Head of Platform Reliability, level 2 of 2)', 60_000],
    ]);
    second.child.kill('SIGKILL');
    await second.exit;

    // A further restart finds nothing more due and repeats nothing.
    const third = serve(dataDir, 90_000);
    await third.ready;
    const [escalation] = (await call(third, `/incidents/${incidentId}/escalations`)).body;
    expect(escalation).toMatchObject({ status: 'active', policyId: shortPolicy.id });
    expect((await escalationEntries(third, incidentId)).map((e) => e.text)).toEqual(
      caughtUp.map((e) => e.text),
    );
    const ack = await call(third, `/escalations/${escalation.id}/acknowledge`, {}, 'maya-okafor');
    expect(ack.body).toMatchObject({ status: 'acknowledged', acknowledgedBy: 'maya-okafor' });
  });
});
