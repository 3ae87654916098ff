// Takeover section of `npm run bench:paging`: three headless nodes, an
// escalation running on node 0, node 0 SIGKILLed; the time until a peer
// has taken the escalation over (its owner changed on a survivor). With
// the default lease (90 s + 30 s margin) that is one slow run of about
// 2–3 minutes; LANTERN_BENCH_LEASE_MS / LANTERN_BENCH_LEASE_SKEW_MS
// shorten it (the goal is for the default).
import {
  expectedTaker,
  takeoverCluster,
} from '../../electron/core/scheduling/takeoverCluster.testHelpers.ts';
import type { SyncNodeProcess } from '../../electron/core/sync/syncProcess.testHelpers.ts';
import type { PagingBenchSection } from './section.ts';

const TAKEOVER_GOAL_S = 150;

const policy = {
  id: 'bench-takeover',
  name: 'Takeover bench policy',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 1 },
    { targets: [{ kind: 'person', personId: 'maya-okafor' }], ackTimeoutMinutes: 60 },
  ],
};

function leaseFromEnvironment() {
  const leaseMs = process.env.LANTERN_BENCH_LEASE_MS;
  const skewMs = process.env.LANTERN_BENCH_LEASE_SKEW_MS;
  if (leaseMs === undefined && skewMs === undefined) return undefined;
  return { leaseMs: Number(leaseMs ?? 90_000), skewMarginMs: Number(skewMs ?? 30_000) };
}

async function ownerOn(node: SyncNodeProcess, incidentId: string): Promise<string | undefined> {
  const response = await node.api<{ ownerNodeId?: string }[]>(
    'GET',
    `/api/v1/incidents/${incidentId}/escalations`,
  );
  return response.body[0]?.ownerNodeId;
}

async function startEscalation(owner: SyncNodeProcess, peers: SyncNodeProcess[]) {
  await owner.api('POST', '/api/v1/commands/adoptFramework', {
    input: { kind: 'escalationPolicy', name: policy.name, definition: policy },
  });
  const declared = await owner.api<{ id: string }>(
    'POST',
    '/api/v1/incidents',
    { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
    'oliver-hughes',
  );
  const incidentId = declared.body.id;
  for (const peer of peers)
    while ((await ownerOn(peer, incidentId)) === undefined)
      await new Promise((resolve) => setTimeout(resolve, 200));
  return incidentId;
}

export const section: PagingBenchSection = {
  name: 'takeover',
  describe: 'SIGKILL the node running an escalation; seconds until a peer has taken it over',
  async run() {
    const lease = leaseFromEnvironment();
    const cluster = await takeoverCluster(lease ? { lease } : {});
    try {
      const [owner, ...peers] = cluster.nodes as [SyncNodeProcess, ...SyncNodeProcess[]];
      const taker = expectedTaker(cluster.ids, 0);
      const incidentId = await startEscalation(owner, peers);
      const killedAt = performance.now();
      await owner.kill();
      const seenBy = await Promise.all(
        peers.map(async (peer) => {
          while ((await ownerOn(peer, incidentId)) !== taker)
            await new Promise((resolve) => setTimeout(resolve, 250));
          return (performance.now() - killedAt) / 1000;
        }),
      );
      const takeoverS = Math.round(Math.max(...seenBy) * 10) / 10;
      const leaseLabel = lease ? `${lease.leaseMs} + ${lease.skewMarginMs} ms` : 'default';
      return {
        goals: [
          {
            name: `takeover after the owner's SIGKILL (lease ${leaseLabel}, seen by every survivor)`,
            value: takeoverS,
            unit: 's',
            goal: TAKEOVER_GOAL_S,
            met: takeoverS < TAKEOVER_GOAL_S,
          },
        ],
        details: { lease: lease ?? 'default (90000 + 30000 ms)', seenBySurvivorsS: seenBy },
      };
    } finally {
      await cluster.close();
    }
  },
};
