import { afterEach, describe, expect, it } from 'vitest';
import {
  loopbackChannels,
  startSmtpCapture,
  startTwilioCompatibleSms,
} from '../communications/channelServers.testHelpers.ts';
import { KILL_AFTER_SEND_ENV } from '../communications/nodeCommunications.ts';
import { until, type SyncNodeProcess } from '../sync/syncProcess.testHelpers.ts';
import { expectedTaker, takeoverCluster } from './takeoverCluster.testHelpers.ts';

/** Short leases for the test: a peer takes over 2 s after the last renewal. */
const LEASE = { leaseMs: 1_500, skewMarginMs: 500 };

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

type Delivery = { channel: string; state: string; attempts: number };
type Message = { id: string; senderNodeId?: string; deliveries: Delivery[] };
type Status = { scheduling?: { state: string } };

const schedulingState = async (node: SyncNodeProcess) =>
  (await node.api<Status>('GET', '/api/v1/sync/status')).body.scheduling?.state;

const ACTOR = 'yusuf-demir';
const messageOn = async (node: SyncNodeProcess, id: string) =>
  (await node.api<Message>('GET', `/api/v1/communications/${id}`, undefined, ACTOR)).body;
const states = (message: Message) => message.deliveries.map((d) => `${d.channel} ${d.state}`);

async function sendUpdate(node: SyncNodeProcess, incidentId: string, draft: object) {
  const update = await node.api<{ id: string }>(
    'POST',
    `/api/v1/incidents/${incidentId}/communications`,
    draft,
    ACTOR,
  );
  expect(update.status, JSON.stringify(update.body)).toBe(201);
  // The owner may be killed by its own test hook before it answers.
  await node
    .api('POST', `/api/v1/communications/${update.body.id}/send`, {}, ACTOR)
    .catch(() => undefined);
  return update.body.id;
}

describe('the outbox survives the SIGKILL of the node delivering', () => {
  it('the taker sends what fell due after the owner’s lease, shows what the owner may have sent in doubt, and nothing goes twice', async () => {
    const smtp = await startSmtpCapture();
    const sms = await startTwilioCompatibleSms();
    cleanups.push(smtp.close, sms.close);
    const channels = JSON.stringify(loopbackChannels(smtp, sms, { honoursIdempotencyKey: true }));
    const cluster = await takeoverCluster({
      lease: LEASE,
      files: { 'communications.json': channels },
      // The owner kills itself right after a channel accepts a delivery, before recording it.
      env: { 0: { [KILL_AFTER_SEND_ENV]: '1' } },
    });
    cleanups.push(() => cluster.close());
    const [owner, ...peers] = cluster.nodes as [SyncNodeProcess, SyncNodeProcess, SyncNodeProcess];
    const taker = expectedTaker(cluster.ids, 0);
    const incident = await owner.api<{ id: string }>(
      'POST',
      '/api/v1/incidents',
      { title: 'Claims portal down', severity: 'SEV1' },
      ACTOR,
    );

    // 1. A text the provider refuses (503): the owner will retry it in 15 s.
    sms.state.down = true;
    const retried = await sendUpdate(owner, incident.body.id, {
      audienceId: 'executives',
      recipientIds: ['duty-executive'],
    });
    for (const peer of peers)
      await until(
        async () => (await messageOn(peer, retried)).deliveries[0]?.attempts === 1,
        `${peer.name} holds the failed attempt`,
      );
    // 2. An email the SMTP server accepts, and the owner is killed before recording it.
    const inFlight = await sendUpdate(owner, incident.body.id, { audienceId: 'executives' });
    await until(async () => smtp.mails.length === 1, 'the email reached the SMTP server');
    await owner.kill();
    sms.state.down = false;
    const smsRequestsWhileUp = sms.state.requests;

    // 3. The taker holds what reached it: the retry is its own now and goes once.
    const survivor = peers[0];
    await until(
      async () => (await messageOn(survivor, retried)).senderNodeId === taker,
      'the failed text taken over',
      60_000,
    ).catch((error: unknown) => {
      throw new Error(
        `${(error as Error).message}\n${peers
          .map((p) =>
            p
              .output()
              .split('\n')
              .filter((l) => l.includes('scheduler lease'))
              .slice(-40)
              .join('\n'),
          )
          .join('\n----\n')}`,
      );
    });
    await until(
      async () => states(await messageOn(survivor, retried)).join() === 'sms delivered',
      'the retry delivered by the taker',
      60_000,
    );
    // The email's send may or may not have reached a peer before the kill. If it did, the taker
    // shows it (and the text due in the owner's lease) in doubt; if not, it is still the owner's.
    const taken = (await messageOn(survivor, inFlight)).senderNodeId === taker;
    if (taken)
      expect(states(await messageOn(survivor, inFlight))).toEqual([
        'email in-doubt',
        'sms in-doubt',
      ]);

    // 4. The old owner comes back without the hook: it catches up, and whatever is still its own
    //    it finishes by its own in-doubt rule. Nothing is sent twice either way.
    const back = await cluster.restart(0);
    await until(
      async () => (await schedulingState(back)) === 'running',
      'the old owner has caught up',
      60_000,
    );
    const settled = async (node: SyncNodeProcess) =>
      (await messageOn(node, inFlight)).deliveries.every(
        (d) => d.state !== 'queued' && d.state !== 'sending',
      );
    await until(async () => settled(back), 'the email settled', 60_000);
    const final = states(await messageOn(back, inFlight));
    for (const node of [back, ...peers])
      await until(
        async () => states(await messageOn(node, inFlight)).join() === final.join(),
        `${node.name} agrees on the email's deliveries`,
        60_000,
      );
    expect(final[0]).toBe('email in-doubt');
    expect(final[1]).toBe(taken ? 'sms in-doubt' : 'sms delivered');
    expect(smtp.mails).toHaveLength(1);
    const deliveredTexts = final.filter((s) => s === 'sms delivered').length + 1;
    // Each text the provider kept is one delivered delivery; a repeat under the same
    // idempotency key (a retry after a slow answer) is dropped by the provider, as designed.
    expect(sms.messages).toHaveLength(deliveredTexts);
    expect(new Set(sms.messages.map((m) => m.key)).size).toBe(deliveredTexts);
    expect(sms.state.requests - smsRequestsWhileUp).toBeGreaterThanOrEqual(deliveredTexts);
  }, 300_000);
});
