import { afterEach, describe, expect, it } from 'vitest';
import { shortScenario } from '../../../shared/exercises/scenario.testHelpers.ts';
import { until, type SyncNodeProcess } from '../sync/syncProcess.testHelpers.ts';
import {
  expectedTaker,
  takeoverCluster,
  type TakeoverCluster,
} from './takeoverCluster.testHelpers.ts';

/** Short leases for the test: a peer takes over 2 s after the last renewal. */
const LEASE = { leaseMs: 1_500, skewMarginMs: 500 };

const clusters: TakeoverCluster[] = [];
afterEach(async () => {
  for (const cluster of clusters.splice(0)) await cluster.close();
});

type Entry = { kind: string; text: string; nodeId: string };
type Escalation = { id: string; status: string; ownerNodeId?: string };
type Exercise = {
  schedulerNodeId: string;
  incidentId: string;
  injects: { number: number; status: string }[];
};
type Status = { scheduling?: { state: string } };

const policy = {
  id: 'takeover-payments',
  name: 'Takeover test payments policy',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 1 },
    { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 60 },
  ],
};

/** Inject 1 at the start, 3 twenty scenario seconds in, 4 at ten minutes (never reached here). */
const drill = {
  ...shortScenario,
  id: 'takeover-drill',
  injects: [
    ...shortScenario.injects,
    { ...shortScenario.injects[0], number: 3, time: '0:00:20', contingencies: [] },
    { ...shortScenario.injects[0], number: 4, time: '0:10:00', contingencies: [] },
  ],
};

const timeline = async (node: SyncNodeProcess, incidentId: string) =>
  (await node.api<Entry[]>('GET', `/api/v1/incidents/${incidentId}/timeline`)).body;
const escalationOf = async (node: SyncNodeProcess, incidentId: string) =>
  (await node.api<Escalation[]>('GET', `/api/v1/incidents/${incidentId}/escalations`)).body[0];
const exerciseOn = async (node: SyncNodeProcess, exerciseId: string) =>
  (await node.api<Exercise>('GET', `/api/v1/exercises/${exerciseId}`)).body;
const schedulingState = async (node: SyncNodeProcess) =>
  (await node.api<Status>('GET', '/api/v1/sync/status')).body.scheduling?.state;

/** Every text at most once: nothing was done twice. */
function expectNoRepeats(texts: string[]): void {
  const repeated = texts.filter((text, index) => texts.indexOf(text) !== index);
  expect(repeated).toEqual([]);
}

async function startWorkOn(owner: SyncNodeProcess) {
  const adopted = await owner.api('POST', '/api/v1/commands/adoptFramework', {
    input: { kind: 'escalationPolicy', name: policy.name, definition: policy },
  });
  expect(adopted.status).toBe(200);
  const declared = await owner.api<{ id: string }>(
    'POST',
    '/api/v1/incidents',
    { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
    'oliver-hughes',
  );
  expect(declared.status, JSON.stringify(declared.body)).toBe(201);
  expect((await owner.api('POST', '/api/v1/scenarios', drill, 'yusuf-demir')).status).toBe(201);
  const started = await owner.api<{ exercise: { id: string } }>(
    'POST',
    '/api/v1/exercises',
    { scenarioId: drill.id },
    'yusuf-demir',
  );
  const exerciseId = started.body.exercise.id;
  await owner.api(
    'POST',
    `/api/v1/exercises/${exerciseId}/clock`,
    { action: 'start' },
    'yusuf-demir',
  );
  return { incidentId: declared.body.id, exerciseId };
}

describe('scheduled work survives the SIGKILL of the node that runs it', () => {
  it('a peer takes over the escalation and the exercise; the old owner, back, repeats nothing', async () => {
    const cluster = await takeoverCluster({ lease: LEASE });
    clusters.push(cluster);
    const [owner, ...peers] = cluster.nodes as [SyncNodeProcess, SyncNodeProcess, SyncNodeProcess];
    const taker = expectedTaker(cluster.ids, 0);
    const { incidentId, exerciseId } = await startWorkOn(owner);

    // Level 1 paged and inject 1 released by the owner, and both reached the peers.
    for (const peer of peers)
      await until(async () => {
        const pagedHere = (await timeline(peer, incidentId)).some((e) =>
          /^Paged .+level 1/.test(e.text),
        );
        const released = (await exerciseOn(peer, exerciseId)).injects[0]?.status === 'released';
        return pagedHere && released;
      }, `${peer.name} holds the first page and the first inject`);
    await owner.kill();

    // The lowest surviving node id takes both over within the takeover time, then takes the next steps.
    for (const peer of peers)
      await until(
        async () =>
          (await escalationOf(peer, incidentId))?.ownerNodeId === taker &&
          (await exerciseOn(peer, exerciseId)).schedulerNodeId === taker,
        `${peer.name} sees the work taken over by ${taker}`,
        60_000,
      );
    const survivor = peers[0];
    await until(
      async () => (await exerciseOn(survivor, exerciseId)).injects[2]?.status === 'released',
      'inject 3 released by the taker',
      60_000,
    );
    await until(
      async () =>
        (await timeline(survivor, incidentId)).some((e) => /^Paged Maya Okafor/.test(e.text)),
      'level 2 paged by the taker',
      120_000,
    );
    const levelTwo = (await timeline(survivor, incidentId)).find((e) => /^Paged Maya/.test(e.text));
    expect(levelTwo?.nodeId).toBe(taker);

    // The old owner comes back: it learns the work is the taker's and repeats nothing.
    const back = await cluster.restart(0);
    await until(
      async () =>
        (await escalationOf(back, incidentId))?.ownerNodeId === taker &&
        (await schedulingState(back)) === 'running',
      'the old owner has caught up',
      60_000,
    );
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const node of [back, ...peers]) {
      const entries = await timeline(node, incidentId);
      expectNoRepeats(entries.filter((e) => e.kind === 'escalation').map((e) => e.text));
      const exercise = await exerciseOn(node, exerciseId);
      expect(exercise.injects.map((i) => `${i.number} ${i.status}`)).toEqual([
        '1 released',
        '2 pending',
        '3 released',
        '4 pending',
      ]);
      const injects = (await timeline(node, exercise.incidentId))
        .filter((e) => e.text.startsWith('EXERCISE INJECT'))
        .map((e) => e.text.slice(0, 17));
      expect(injects).toEqual(['EXERCISE INJECT 1', 'EXERCISE INJECT 3']);
    }
    const afterReturn = await timeline(back, incidentId);
    expect(afterReturn.some((e) => e.text.startsWith(`Node ${taker} took over`))).toBe(true);
  }, 300_000);
});
