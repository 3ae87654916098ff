import { afterEach, describe, expect, it } from 'vitest';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { FakeClock } from '../scheduler/escalationScheduler.testHelpers.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { cadenceJob } from './cadenceScheduler.ts';
import { createCommsTestNode } from './communications.testHelpers.ts';

const MINUTE = 60_000;
const schedulers: Scheduler[] = [];
afterEach(async () => {
  for (const scheduler of schedulers.splice(0)) await scheduler.stop();
});

async function setup() {
  const node = await createCommsTestNode();
  const clock = new FakeClock(new Date('2026-11-26T10:00:00Z'));
  Object.defineProperty(node.clock, 'now', { get: () => clock.now(), set: () => undefined });
  const notices: { stage: string; ownerId: string | null }[] = [];
  const scheduler = new Scheduler(
    cadenceJob({
      database: node.database,
      execute: node.execute,
      clock,
      onAnnounce: (notice) => notices.push({ stage: notice.stage, ownerId: notice.ownerId }),
    }),
    { changes: node.changes, clock },
  );
  schedulers.push(scheduler);
  await scheduler.start();
  const cadence = async (audienceId: string) =>
    kindStore(node.database).get('communications', `cad-${node.incident.id}-${audienceId}`);
  const updates = async () =>
    (await node.timeline(node.incident.id))
      .map((e) => e.text)
      .filter((t) => t.startsWith('Communications: Update to'));
  return { node, clock, scheduler, notices, cadence, updates };
}

describe('cadence scheduler', () => {
  it('starts the SEV1 cadences, reminds the Communications Lead before the due time, then notes it overdue once', async () => {
    const t = await setup();
    expect(await t.cadence('executives')).toMatchObject({
      everyMinutes: 30,
      nextDueAt: '2026-11-26T10:30:00.000Z',
    });
    expect(await t.cadence('customers-public')).toMatchObject({ everyMinutes: 60 });
    await t.clock.advance(24 * MINUTE, () => t.scheduler.idle());
    expect(t.notices).toEqual([]);
    await t.clock.advance(1 * MINUTE, () => t.scheduler.idle());
    expect(t.notices.map((n) => n.stage)).toEqual(['reminder', 'reminder', 'reminder']);
    expect(t.notices[0]?.ownerId).toBe(t.node.ids.priya);
    expect(await t.updates()).toContain(
      'Communications: Update to Executives due at 2026-11-26 10:30 UTC (Priya Raman)',
    );
    await t.clock.advance(5 * MINUTE, () => t.scheduler.idle());
    expect(t.notices.filter((n) => n.stage === 'overdue')).toHaveLength(3);
    await t.clock.advance(20 * MINUTE, () => t.scheduler.idle());
    expect(t.notices.filter((n) => n.stage === 'overdue')).toHaveLength(3);
  });

  it('an update sent restarts the audience’s clock; a severity change re-times the cadences', async () => {
    const t = await setup();
    await t.clock.advance(10 * MINUTE, () => t.scheduler.idle());
    const draft = await t.node.run('draftCommunication', {
      incidentId: t.node.incident.id,
      audienceId: 'executives',
    });
    await t.node.run('sendCommunication', { messageId: draft.id });
    await t.node.deliverAll(draft.id);
    await t.scheduler.idle();
    expect(await t.cadence('executives')).toMatchObject({ nextDueAt: '2026-11-26T10:40:00.000Z' });
    await t.node.run('reclassifyIncident', {
      incidentId: t.node.incident.id,
      severity: 'SEV2',
      reason: 'Rollback restored most logins',
    });
    await t.scheduler.idle();
    expect(await t.cadence('executives')).toMatchObject({
      everyMinutes: 60,
      nextDueAt: '2026-11-26T11:10:00.000Z',
    });
    expect(await t.cadence('vendors-partners')).toMatchObject({ stopped: true });
  });

  it('resolving stops every cadence: no reminder or overdue notice after, and a reopen re-arms them', async () => {
    const t = await setup();
    await t.clock.advance(10 * MINUTE, () => t.scheduler.idle());
    const incidentId = t.node.incident.id;
    await t.node.run('changeIncidentStatus', {
      incidentId,
      status: 'resolved',
      resolutionSummary: 'Rolled back the login service',
    });
    await t.scheduler.idle();
    expect(await t.cadence('executives')).toMatchObject({ stopped: true });
    await t.clock.advance(60 * MINUTE, () => t.scheduler.idle());
    expect(t.notices).toEqual([]);
    expect(await t.updates()).toEqual([]);
    await t.node.run('changeIncidentStatus', { incidentId, status: 'investigating' });
    await t.scheduler.idle();
    expect(await t.cadence('executives')).toMatchObject({ stopped: false });
  });
});
