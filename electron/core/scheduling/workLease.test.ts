import { describe, expect, it } from 'vitest';
import { leaseTerms } from '../../../shared/scheduling/takeoverRule.ts';
import type { SchedulerLeaseDoc } from '../../../shared/schema/schedulerLease.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { storeKindWrites } from '../../../shared/store/kindWrites.ts';
import { createTestExecutor } from '../commands/testNode.testHelpers.ts';
import { FakeClock, T0 } from '../scheduler/escalationScheduler.testHelpers.ts';
import { leasedJob } from './leasedJob.ts';
import { WorkLease } from './workLease.ts';

const timing = { leaseMs: 1_500, skewMarginMs: 500 };

/** A peer's lease as peer sync stores it (sync writes bypass the executor). */
async function peerLeaseArrives(
  database: Awaited<ReturnType<typeof createTestExecutor>>['database'],
  at: Date,
  hlc: string,
) {
  const lease: SchedulerLeaseDoc = {
    id: 'node-peer',
    nodeId: 'node-peer',
    ...leaseTerms(at, timing),
    termStartedAt: T0.toISOString(),
    hlc,
  };
  await storeKindWrites(database, [{ kind: 'schedulerLeases', document: lease }]);
}

async function nodeWithLease() {
  const clock = new FakeClock(T0);
  const test = await createTestExecutor(() => clock.now());
  // Commands need a workspace (a node that joined has one once sync brought it).
  await test.executor.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada' },
    { kind: 'system', id: 'setup' },
  );
  const connected: string[] = [];
  const lease = new WorkLease({
    database: test.database,
    execute: (name, input, actor) => test.executor.execute(name, input, actor),
    nodeId: 'node-test',
    nodeName: 'war-room-laptop',
    clock,
    log: () => undefined,
    connectedPeers: () => connected,
    timing,
  });
  return { ...test, clock, lease, connected, pass: () => lease.job.pass(() => true) };
}

describe('the node’s scheduler lease', () => {
  it('holds nothing before its first renewal, then renews and lets owned work run', async () => {
    const node = await nodeWithLease();
    let passes = 0;
    const owned = leasedJob(
      { name: 'owned work', wakeOn: ['escalations'], pass: async () => void passes++ },
      node.lease,
    );
    expect(owned.wakeOn).toContain('schedulerLeases');
    await owned.pass(() => true);
    expect(passes).toBe(0);
    await node.pass();
    await owned.pass(() => true);
    expect(passes).toBe(1);
    const stored = await kindStore(node.database).get('schedulerLeases', 'node-test');
    expect(stored).toMatchObject({ nodeName: 'war-room-laptop', termStartedAt: T0.toISOString() });
  });

  it('after a lapse, runs its own work only once every connected peer has sent a newer lease', async () => {
    const node = await nodeWithLease();
    await peerLeaseArrives(node.database, T0, 'peer-1');
    await node.pass();
    expect(node.lease.mayRunOwnWork()).toBe(true);

    // Blocked (or switched off) past its lease: a peer may have taken its work over.
    await node.clock.advance(5_000, async () => undefined);
    node.connected.push('node-peer');
    await node.pass();
    expect(node.lease.status()).toMatchObject({ state: 'catching-up' });
    expect(node.lease.mayRunOwnWork()).toBe(false);
    await node.pass();
    expect(node.lease.mayRunOwnWork()).toBe(false);

    await peerLeaseArrives(node.database, node.clock.now(), 'peer-2');
    await node.pass();
    expect(node.lease.status().state).toBe('running');
    expect(node.lease.mayRunOwnWork()).toBe(true);
  });

  it('alone after a lapse, runs its own work again once the whole takeover time has passed', async () => {
    const node = await nodeWithLease();
    await node.pass();
    await node.clock.advance(5_000, async () => undefined);
    await node.pass();
    expect(node.lease.mayRunOwnWork()).toBe(false);
    await node.clock.advance(2_000, async () => undefined);
    await node.pass();
    expect(node.lease.mayRunOwnWork()).toBe(true);
  });
});
