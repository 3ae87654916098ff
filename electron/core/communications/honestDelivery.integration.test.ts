import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../../shared/communications/deliveries.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { FakeClock } from '../scheduler/escalationScheduler.testHelpers.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { startSmtpCapture, startTwilioCompatibleSms } from './channelServers.testHelpers.ts';
import { channelConfig, type ChannelConfigInput } from './channelConfig.ts';
import { channelsFromConfig, closeChannels } from './channels/channelSet.ts';
import { createCommsTestNode } from './communications.testHelpers.ts';
import { outboxJob } from './outbox.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A SEV1 with an outbox over exactly the channels given (the rest not configured on this node). */
async function outboxWith(config: ChannelConfigInput) {
  const node = await createCommsTestNode();
  const clock = new FakeClock(new Date('2026-11-26T10:00:00Z'));
  Object.defineProperty(node.clock, 'now', { get: () => clock.now(), set: () => undefined });
  const channels = channelsFromConfig(channelConfig.parse(config));
  const outbox = new Scheduler(
    outboxJob({
      database: node.database,
      execute: node.execute,
      nodeId: 'node-test',
      channels,
      clock,
    }),
    { changes: node.changes, clock },
  );
  cleanups.push(
    () => outbox.stop(),
    () => closeChannels(channels),
  );
  await outbox.start();
  const settle = async () => {
    outbox.wake();
    await outbox.idle();
  };
  const sendExecutives = async () => {
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId: 'executives',
    });
    await node.run('sendCommunication', { messageId: draft.id });
    await settle();
    return draft.id;
  };
  const message = (id: string) => kindStore(node.database).get('communications', id);
  const cadence = async () =>
    (
      await node.messages().then(() =>
        kindStore(node.database).find('communications', {
          selector: { incidentId: node.incident.id, kind: 'cadence' },
        }),
      )
    ).find((c) => c.audienceId === 'executives');
  return { node, clock, outbox, settle, sendExecutives, message, cadence };
}

describe('honest delivery states', () => {
  it('with no channel configured it says "not delivered" at once; delivered by hand is recorded and restarts the cadence', async () => {
    const t = await outboxWith({});
    await t.node.run(
      'setCommunicationCadence',
      { incidentId: t.node.incident.id, audienceId: 'executives', everyMinutes: 30 },
      'priya',
    );
    const before = await t.cadence();
    expect(before?.nextDueAt).toBe('2026-11-26T10:30:00.000Z');
    const id = await t.sendExecutives();
    const deliveries = ((await t.message(id))?.deliveries ?? []) as Delivery[];
    expect(deliveries.map((d) => d.state)).toEqual(['failed', 'failed']);
    expect(deliveries[0]?.error).toMatch(/^not delivered: no channel configured/);
    expect((await t.cadence())?.nextDueAt).toBe(before?.nextDueAt);

    await t.clock.advance(4 * 60_000, t.settle);
    const [email] = deliveries;
    await t.node.run(
      'markDeliveredByHand',
      { messageId: id, key: email?.key, how: 'read out to the CEO on the bridge call' },
      'priya',
    );
    const after = ((await t.message(id))?.deliveries ?? []) as Delivery[];
    expect(after[0]).toMatchObject({
      state: 'delivered',
      byHand: {
        by: t.node.ids.priya,
        how: 'read out to the CEO on the bridge call',
        at: '2026-11-26T10:04:00.000Z',
      },
    });
    expect(await t.cadence()).toMatchObject({
      lastSentAt: '2026-11-26T10:04:00.000Z',
      nextDueAt: '2026-11-26T10:34:00.000Z',
    });
    const timeline = (await t.node.timeline(t.node.incident.id)).map((e) => e.text);
    expect(timeline.at(-1)).toContain('by hand (read out to the CEO on the bridge call)');
    await expect(
      t.node.run('markDeliveredByHand', { messageId: id, key: email?.key, how: 'x' }, 'priya'),
    ).rejects.toThrow(/say how it was delivered/);
  });

  it('retries stop after a bounded time and the delivery fails with the reason', async () => {
    const smtp = await startSmtpCapture();
    const sms = await startTwilioCompatibleSms();
    cleanups.push(smtp.close, sms.close);
    sms.state.down = true;
    const t = await outboxWith({
      sms: {
        baseUrl: sms.url,
        accountSid: sms.accountSid,
        authToken: sms.authToken,
        from: '+15005550006',
      },
      email: {
        host: '127.0.0.1',
        port: smtp.port,
        from: 'incidents@example.com',
        requireValidCertificate: false,
      },
    });
    const id = await t.sendExecutives();
    const smsDelivery = async () =>
      (((await t.message(id))?.deliveries ?? []) as Delivery[]).find((d) => d.channel === 'sms');
    expect(await smsDelivery()).toMatchObject({ state: 'queued', attempts: 1 });
    await t.clock.advance(20 * 60_000, t.settle);
    expect((await smsDelivery())?.state).toBe('queued');
    await t.clock.advance(20 * 60_000, t.settle);
    const failed = await smsDelivery();
    expect(failed?.state).toBe('failed');
    expect(failed?.error).toMatch(/^gave up after 30 min of retries: HTTP 503/);
  });
});
