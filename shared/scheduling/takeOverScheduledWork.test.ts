import { describe, expect, it } from 'vitest';
import type { Delivery } from '../communications/deliveries.ts';
import {
  applyWrites,
  memoryReads,
  startedEscalation,
  T0,
  testContext,
  type MemoryStore,
} from '../commands/startEscalation.testHelpers.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type { ExerciseDoc } from '../schema/exercise.ts';
import { renewSchedulerLease } from './renewSchedulerLease.ts';
import { takeOverScheduledWork } from './takeOverScheduledWork.ts';

const timing = { leaseMs: 90_000, skewMarginMs: 30_000 };
const at = (seconds: number) => new Date(T0.getTime() + seconds * 1000);
const onNode = (nodeId: string, seconds: number) => ({ ...testContext(at(seconds)), nodeId });

function delivery(key: string, state: Delivery['state']): Delivery {
  return {
    key,
    recipientId: key,
    recipientName: `Recipient ${key}`,
    channel: 'sms',
    address: '+447700900001',
    state,
    attempts: state === 'queued' ? 0 : 1,
  };
}

/** node-test (the escalation's starter) also runs an exercise and is delivering one message. */
async function workOfLostNode(): Promise<MemoryStore> {
  const { store } = await startedEscalation();
  store.exercises = [
    {
      id: 'ex-1',
      incidentId: 'inc-ex',
      schedulerNodeId: 'node-test',
      clock: { state: 'running', offsetSeconds: 0 },
    } as unknown as ExerciseDoc,
  ];
  store.communications = [
    {
      id: 'msg-1',
      kind: 'message',
      incidentId: 'inc-1',
      senderNodeId: 'node-test',
      deliveries: [
        delivery('k-sending', 'sending'),
        { ...delivery('k-due', 'queued'), nextAttemptAt: at(10).toISOString() },
        { ...delivery('k-retry', 'queued'), nextAttemptAt: at(100).toISOString() },
        delivery('k-done', 'delivered'),
      ],
      hlc: '0',
    } as unknown as CommunicationDoc,
  ];
  const renewed = await renewSchedulerLease.plan(
    memoryReads(store),
    timing,
    onNode('node-test', 0),
  );
  applyWrites(store, renewed.writes);
  return store;
}

describe('takeOverScheduledWork', () => {
  it('moves the lost node’s escalation, exercise and message to the taker; a delivery it may have sent becomes in doubt', async () => {
    const store = await workOfLostNode();
    const outcome = await takeOverScheduledWork.plan(
      memoryReads(store),
      { fromNodeId: 'node-test' },
      onNode('node-b', 120),
    );
    applyWrites(store, outcome.writes);
    expect(outcome.result).toEqual({
      fromNodeId: 'node-test',
      escalations: 1,
      exercises: 1,
      messages: 1,
    });
    expect(store.escalations?.[0]?.ownerNodeId).toBe('node-b');
    expect(store.exercises?.[0]?.schedulerNodeId).toBe('node-b');
    const message = store.communications?.[0] as CommunicationDoc;
    expect(message.senderNodeId).toBe('node-b');
    expect(message.deliveries?.map((d) => [d.key, d.state])).toEqual([
      ['k-sending', 'in-doubt'],
      ['k-due', 'in-doubt'],
      ['k-retry', 'queued'],
      ['k-done', 'delivered'],
    ]);
    expect(store.schedulerLeases?.[0]).toMatchObject({
      nodeId: 'node-test',
      takenOverBy: 'node-b',
      takenOverAt: at(120).toISOString(),
    });
    expect(store.timeline?.map((e) => e.text)).toContainEqual(
      expect.stringMatching(/^Node node-b took over from node node-test .*escalation/),
    );
    // The escalation's own page was logged when it started; the takeover adds only the two in doubt.
    const logged = store.communicationLog?.filter((e) => e.action !== 'paged');
    expect(logged?.map((e) => [e.action, e.deliveryKey])).toEqual([
      ['delivery-in-doubt', 'k-sending'],
      ['delivery-in-doubt', 'k-due'],
    ]);
  });

  it('refuses before the lease’s expiry plus margin, from a person, and for the node itself', async () => {
    const store = await workOfLostNode();
    const reads = memoryReads(store);
    await expect(
      takeOverScheduledWork.plan(reads, { fromNodeId: 'node-test' }, onNode('node-b', 119)),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(
      takeOverScheduledWork.plan(
        reads,
        { fromNodeId: 'node-test' },
        {
          ...onNode('node-b', 200),
          actor: { kind: 'person', id: 'ada' },
        },
      ),
    ).rejects.toMatchObject({ code: 'forbidden' });
    await expect(
      takeOverScheduledWork.plan(reads, { fromNodeId: 'node-b' }, onNode('node-b', 200)),
    ).rejects.toMatchObject({ code: 'invalid-input' });
  });
});

describe('renewSchedulerLease', () => {
  it('extends the term while the lease holds and starts a new term after a lapse', async () => {
    const store: MemoryStore = {};
    const renew = async (seconds: number) => {
      const outcome = await renewSchedulerLease.plan(
        memoryReads(store),
        timing,
        onNode('node-a', seconds),
      );
      applyWrites(store, outcome.writes);
      return outcome.result.lease;
    };
    expect(await renew(0)).toMatchObject({
      termStartedAt: at(0).toISOString(),
      expiresAt: at(90).toISOString(),
      takeoverAt: at(120).toISOString(),
    });
    expect((await renew(30)).termStartedAt).toBe(at(0).toISOString());
    expect((await renew(500)).termStartedAt).toBe(at(500).toISOString());
  });
});
