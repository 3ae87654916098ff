import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { storeKindWrites } from '../../../shared/store/kindWrites.ts';
import {
  createEscalationTestNode,
  escalationTimeline,
  EscalationScheduler,
  MINUTE,
  type EscalationTestNode,
} from './escalationScheduler.testHelpers.ts';

let node: EscalationTestNode | undefined;
afterEach(async () => {
  await node?.scheduler.stop();
  await node?.database.remove();
  node = undefined;
});

const oliver: Actor = { kind: 'person', id: 'oliver-hughes' };
const maya: Actor = { kind: 'person', id: 'maya-okafor' };

async function declared(severity = 'SEV1') {
  node = await createEscalationTestNode();
  await node.autoStart.start();
  await node.scheduler.start();
  const incident = (await node.execute(
    'declareIncident',
    { title: 'Card payments failing', severity, serviceIds: ['payments-gateway'] },
    oliver,
  )) as { id: string };
  await node.settle();
  const escalation = await kindStore(node.database).findOne('escalations', {
    selector: { incidentId: incident.id },
  });
  return { node, incidentId: incident.id, escalationId: escalation?.id ?? '' };
}

describe('escalation scheduler', () => {
  it('pages level 1 on declaration, escalates at the timeout and stops on acknowledgement', async () => {
    const { node, incidentId, escalationId } = await declared();
    expect(await escalationTimeline(node, incidentId)).toEqual([
      '10:00 Escalation started under "Test payments policy" (2 level(s), 1 repeat(s))',
      '10:00 Paged Zofia Nowak (Payments on-call, level 1 of 2)',
    ]);
    expect(node.pages).toMatchObject([{ incidentId, escalationId, personIds: ['zofia-nowak'] }]);

    await node.clock.advance(4 * MINUTE + 59_000, node.settle);
    expect(await escalationTimeline(node, incidentId)).toHaveLength(2);

    await node.clock.advance(1_000, node.settle);
    expect((await escalationTimeline(node, incidentId)).slice(2)).toEqual([
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 2 — Maya Okafor, Head of Platform Reliability',
      '10:05 Paged Maya Okafor (Head of Platform Reliability, level 2 of 2)',
    ]);
    expect(node.pages.map((p) => p.personIds)).toEqual([['zofia-nowak'], ['maya-okafor']]);

    await node.clock.advance(2 * MINUTE, node.settle);
    await node.execute('acknowledgePage', { escalationId }, maya);
    await node.settle();
    await node.clock.advance(120 * MINUTE, node.settle);
    expect((await escalationTimeline(node, incidentId)).slice(4)).toEqual([
      '10:07 Acknowledged by Maya Okafor after 7 min at level 2 of 2',
    ]);
    expect(node.clock.pendingTimers).toBe(0);
    expect((await kindStore(node.database).get('escalations', escalationId))?.status).toBe(
      'acknowledged',
    );
  });

  it('repeats the levels the policy says, then gives up and disarms', async () => {
    const { node, incidentId, escalationId } = await declared('SEV2');
    await node.clock.advance(60 * MINUTE, node.settle);
    expect((await escalationTimeline(node, incidentId)).slice(1)).toEqual([
      '10:00 Paged Zofia Nowak (Payments on-call, level 1 of 2)',
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 2 — Maya Okafor, Head of Platform Reliability',
      '10:05 Paged Maya Okafor (Head of Platform Reliability, level 2 of 2)',
      '10:15 No acknowledgement in 10 min: starting again at level 1 of 2, repeat 1 of 1 — Payments on-call',
      '10:15 Paged Zofia Nowak (Payments on-call, level 1 of 2, repeat 1 of 1)',
      '10:20 No acknowledgement in 5 min: escalated to level 2 of 2, repeat 1 of 1 — Maya Okafor, Head of Platform Reliability',
      '10:20 Paged Maya Okafor (Head of Platform Reliability, level 2 of 2, repeat 1 of 1)',
      '10:30 Escalation exhausted: nobody acknowledged after 2 round(s) of Test payments policy — page someone by hand',
    ]);
    expect(node.pages).toHaveLength(4);
    expect((await kindStore(node.database).get('escalations', escalationId))?.status).toBe(
      'exhausted',
    );
    expect(node.clock.pendingTimers).toBe(0);
  });

  it('takes exactly the missed steps, once, when a node starts after being down', async () => {
    const { node, incidentId } = await declared();
    await node.scheduler.stop();
    // Down from 10:00 to 10:12: no timer fires.
    await node.clock.advance(12 * MINUTE, node.settle);
    expect(await escalationTimeline(node, incidentId)).toHaveLength(2);

    const restarted = new EscalationScheduler({
      database: node.database,
      execute: node.execute,
      clock: node.clock,
    });
    await restarted.start();
    const expected = [
      '10:05 No acknowledgement in 5 min: escalated to level 2 of 2 — Maya Okafor, Head of Platform Reliability',
      '10:05 Paged Maya Okafor (Head of Platform Reliability, level 2 of 2)',
    ];
    expect((await escalationTimeline(node, incidentId)).slice(2)).toEqual(expected);
    await restarted.stop();

    const again = new EscalationScheduler({
      database: node.database,
      execute: node.execute,
      clock: node.clock,
    });
    await again.start();
    expect((await escalationTimeline(node, incidentId)).slice(2)).toEqual(expected);
    await again.stop();
  });

  it('with peer sync, only the node that started an escalation advances it', async () => {
    const { node, incidentId } = await declared();
    await node.scheduler.stop();
    const [escalation] = await kindStore(node.database).find('escalations');
    expect(escalation?.ownerNodeId).toBe('node-test');
    await node.clock.advance(12 * MINUTE, node.settle);
    const peer = new EscalationScheduler({
      database: node.database,
      execute: node.execute,
      clock: node.clock,
      nodeId: 'node-peer',
    });
    await peer.start();
    expect(await escalationTimeline(node, incidentId)).toHaveLength(2);
    await peer.stop();
    const owner = new EscalationScheduler({
      database: node.database,
      execute: node.execute,
      clock: node.clock,
      nodeId: 'node-test',
    });
    await owner.start();
    expect(await escalationTimeline(node, incidentId)).toHaveLength(4);
    await owner.stop();
  });

  it('leaves incidents alone that no policy covers, exercises and incidents already escalating', async () => {
    const { node } = await declared('SEV3');
    expect(await kindStore(node.database).count('escalations')).toBe(0);
    await node.execute(
      'declareIncident',
      { title: 'Tabletop', severity: 'SEV1', serviceIds: ['payments-gateway'], exercise: true },
      oliver,
    );
    await node.settle();
    expect(await kindStore(node.database).count('escalations')).toBe(0);
  });

  it('refuses a second escalation and retries a failing one later without spinning', async () => {
    const { node, incidentId, escalationId } = await declared();
    await expect(node.execute('startEscalation', { incidentId }, oliver)).rejects.toMatchObject({
      code: 'conflict',
    });
    // Break the stored state behind the executor's back (clocks kept, as a patch would).
    const stored = await kindStore(node.database).getStored('escalations', escalationId);
    if (!stored) throw new Error('escalation missing');
    await storeKindWrites(node.database, [
      {
        kind: 'escalations',
        document: { ...stored.document, state: { broken: true } },
        ...(stored.fieldClocks ? { fieldClocks: stored.fieldClocks } : {}),
      },
    ]);
    await node.clock.advance(6 * MINUTE, node.settle);
    expect(await escalationTimeline(node, incidentId)).toHaveLength(2);
    expect(node.clock.pendingTimers).toBe(1);
  });
});
