import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Delivery } from '../../../shared/communications/deliveries.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { FakeClock } from '../scheduler/escalationScheduler.testHelpers.ts';
import {
  loopbackChannels,
  startSmtpCapture,
  startStatuspageApi,
  startTwilioCompatibleSms,
  startWebhookReceiver,
} from './channelServers.testHelpers.ts';
import { channelConfig, type ChannelConfigInput } from './channelConfig.ts';
import { channelsFromConfig, closeChannels } from './channels/channelSet.ts';
import { createCommsTestNode } from './communications.testHelpers.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { outboxJob, OUTBOX_ACTOR } from './outbox.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const WEBHOOK_SECRET = 'a-webhook-secret-of-some-length';
/** The value, or a failed test saying it was missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

async function setup(extra: ChannelConfigInput = {}, smsHonoursIdempotencyKey = true) {
  const node = await createCommsTestNode();
  const clock = new FakeClock(new Date('2026-11-26T10:00:00Z'));
  Object.defineProperty(node.clock, 'now', { get: () => clock.now(), set: () => undefined });
  const smtp = await startSmtpCapture();
  const sms = await startTwilioCompatibleSms();
  const hook = await startWebhookReceiver(WEBHOOK_SECRET);
  const folder = mkdtempSync(join(tmpdir(), 'lantern-status-'));
  cleanups.push(smtp.close, sms.close, hook.close, () =>
    rmSync(folder, { recursive: true, force: true }),
  );
  const config = channelConfig.parse({
    ...loopbackChannels(smtp, sms, { honoursIdempotencyKey: smsHonoursIdempotencyKey }),
    webhooks: { 'responder-chat': { url: `${hook.url}/hooks/lantern`, secret: WEBHOOK_SECRET } },
    statusPage: {
      folder,
      title: 'Northwind Mutual status',
      publicUrl: 'https://status.northwind-mutual.example',
    },
    ...extra,
  });
  const channels = channelsFromConfig(config);
  const makeOutbox = () => {
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
    cleanups.push(() => outbox.stop());
    return outbox;
  };
  const outbox = makeOutbox();
  cleanups.push(() => closeChannels(channels));
  await outbox.start();
  const settle = async () => {
    outbox.wake();
    await outbox.idle();
  };
  const send = async (audienceId: string) => {
    const draft = await node.run('draftCommunication', {
      incidentId: node.incident.id,
      audienceId,
    });
    if (draft.approval?.status !== 'not-required')
      await node.run(
        'overrideCommunicationApproval',
        { messageId: draft.id, justification: 'Test: approvals are covered elsewhere' },
        'priya',
      );
    await node.run('sendCommunication', { messageId: draft.id }, 'priya');
    await settle();
    return draft.id;
  };
  const deliveries = async (messageId: string) =>
    ((await kindStore(node.database).get('communications', messageId))?.deliveries ??
      []) as Delivery[];
  return { node, clock, smtp, sms, hook, folder, outbox, makeOutbox, settle, send, deliveries };
}

describe('outbox against real channel servers on loopback', () => {
  it('emails and texts an executive update once each, and records who got it', async () => {
    const t = await setup();
    const id = await t.send('executives');
    expect(t.smtp.mails).toHaveLength(1);
    const mail = must(t.smtp.mails[0]);
    expect(mail.to).toEqual(['exec-incidents@northwind-mutual.example']);
    expect(mail.subject).toContain(t.node.incident.reference);
    const deliveries = await t.deliveries(id);
    expect(mail.messageId).toBe(
      `<${deliveries.find((d) => d.channel === 'email')?.key}@lantern.invalid>`,
    );
    expect(t.sms.messages.map((m) => [m.to, m.from])).toEqual([['+447700900199', '+15005550006']]);
    expect(t.sms.messages[0]?.body).toContain('Claims portal down');
    expect(deliveries.map((d) => [d.channel, d.state, d.attempts])).toEqual([
      ['email', 'delivered', 1],
      ['sms', 'delivered', 1],
    ]);
    expect(deliveries.find((d) => d.channel === 'sms')?.providerId).toBe(t.sms.messages[0]?.sid);
    const timeline = (await t.node.timeline(t.node.incident.id)).map((e) => e.text);
    expect(timeline.at(-1)).toMatch(/delivered to 2 of 2 recipients$/);
    await t.settle();
    expect(t.smtp.mails).toHaveLength(1);
  });

  it('posts a signed webhook to the responders’ chat bridge', async () => {
    const t = await setup();
    await t.send('technical-responders');
    expect(t.hook.received).toHaveLength(1);
    expect(t.hook.received[0]?.validSignature).toBe(true);
    expect(t.hook.received[0]?.payload).toMatchObject({
      incident: { reference: t.node.incident.reference, severity: 'SEV1' },
    });
  });

  it('publishes public statements to the static status page: HTML, JSON and an Atom feed', async () => {
    const t = await setup();
    await t.send('customers-public');
    await t.clock.advance(60_000, async () => undefined);
    await t.send('customers-public');
    const page = JSON.parse(readFileSync(join(t.folder, 'status.json'), 'utf8')) as {
      posts: { title: string; body: string }[];
    };
    expect(page.posts).toHaveLength(2);
    expect(page.posts[0]?.body).toContain('Our next update:');
    const html = readFileSync(join(t.folder, 'index.html'), 'utf8');
    expect(html).toContain('<h1>Northwind Mutual status</h1>');
    expect(html).toContain('Service disruption');
    const atom = readFileSync(join(t.folder, 'feed.atom'), 'utf8');
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    expect(atom).toContain('<id>https://status.northwind-mutual.example#');
    expect(html).not.toContain(t.node.incident.summary);
  });

  it('pushes to a Statuspage-compatible API: the first statement opens an incident, the next updates it', async () => {
    const api = await startStatuspageApi();
    cleanups.push(api.close);
    const t = await setup({
      statusPage: { api: { baseUrl: api.url, pageId: api.pageId, apiKey: api.apiKey } },
    });
    await t.send('customers-public');
    await t.clock.advance(60_000, async () => undefined);
    await t.send('customers-public');
    expect([...api.incidents.values()].map((i) => i.updates.length)).toEqual([2]);
  });

  it('queues while the SMS provider is down and delivers with backoff once it is back', async () => {
    const t = await setup();
    t.sms.state.down = true;
    const id = await t.send('executives');
    let sms = (await t.deliveries(id)).find((d) => d.channel === 'sms');
    expect(sms).toMatchObject({
      state: 'queued',
      attempts: 1,
      nextAttemptAt: '2026-11-26T10:00:15.000Z',
    });
    expect(sms?.error).toContain('HTTP 503');
    await t.clock.advance(15_000, () => t.outbox.idle());
    sms = (await t.deliveries(id)).find((d) => d.channel === 'sms');
    expect(sms).toMatchObject({
      state: 'queued',
      attempts: 2,
      nextAttemptAt: '2026-11-26T10:00:45.000Z',
    });
    t.sms.state.down = false;
    await t.clock.advance(30_000, () => t.outbox.idle());
    sms = (await t.deliveries(id)).find((d) => d.channel === 'sms');
    expect(sms).toMatchObject({ state: 'delivered', attempts: 3 });
    expect(t.sms.messages).toHaveLength(1);
    expect(t.smtp.mails).toHaveLength(1);
  });

  it('does not retry what the provider refused for good', async () => {
    const t = await setup();
    await t.node.run('adoptFramework', {
      kind: 'audience',
      name: 'On-call phone',
      definition: {
        id: 'on-call-phone',
        name: 'On-call phone',
        external: false,
        recipients: [{ id: 'bad', name: 'Bad number', channel: 'sms', address: '0800-NOPE' }],
      },
    });
    await t.node.run('adoptFramework', {
      kind: 'communicationTemplate',
      name: 'Page',
      definition: {
        id: 'page',
        name: 'Page',
        audienceId: 'on-call-phone',
        subject: '{{reference}}',
        body: '{{title}}',
      },
    });
    const id = await t.send('on-call-phone');
    const [delivery] = await t.deliveries(id);
    expect(delivery).toMatchObject({ state: 'failed', attempts: 1 });
    expect(delivery?.error).toContain('Invalid');
    await t.clock.advance(3_600_000, () => t.outbox.idle());
    expect(t.sms.state.requests).toBe(1);
  });

  it('never sends another node’s message, even once it has synced here', async () => {
    const t = await setup();
    await t.outbox.stop();
    const draft = await t.node.run('draftCommunication', {
      incidentId: t.node.incident.id,
      audienceId: 'executives',
    });
    await t.node.run('sendCommunication', { messageId: draft.id });
    await t.node.overwriteMessage(draft.id, { senderNodeId: 'peer-node' });
    const here = t.makeOutbox();
    await here.start();
    await here.idle();
    expect(t.smtp.mails).toHaveLength(0);
    expect(t.sms.messages).toHaveLength(0);
    expect((await t.deliveries(draft.id)).map((d) => d.state)).toEqual(['queued', 'queued']);
  });

  /** What a crashed node leaves: the attempt recorded, the provider reached, the result never recorded. */
  async function textLeftInDoubt(t: Awaited<ReturnType<typeof setup>>) {
    await t.outbox.stop();
    const draft = await t.node.run('draftCommunication', {
      incidentId: t.node.incident.id,
      audienceId: 'executives',
      recipientIds: ['duty-executive'],
    });
    const sent = await t.node.run('sendCommunication', { messageId: draft.id });
    const key = sent.deliveries?.[0]?.key ?? '';
    await t.node.execute('recordDeliveryAttempt', { messageId: draft.id, key }, OUTBOX_ACTOR);
    const first = await fetch(
      `${t.sms.url}/2010-04-01/Accounts/${t.sms.accountSid}/Messages.json`,
      {
        method: 'POST',
        headers: {
          authorization: `Basic ${Buffer.from(`${t.sms.accountSid}:${t.sms.authToken}`).toString('base64')}`,
          'idempotency-key': key,
        },
        body: new URLSearchParams({ To: '+447700900199', From: '+15005550006', Body: 'x' }),
      },
    );
    expect(first.status).toBe(201);
    const restarted = t.makeOutbox();
    await restarted.start();
    await restarted.idle();
    return draft.id;
  }

  it('a delivery left in doubt is sent again under the same key when the provider honours it; the provider keeps one', async () => {
    const t = await setup();
    const id = await textLeftInDoubt(t);
    expect(t.sms.messages).toHaveLength(1);
    expect((await t.deliveries(id))[0]).toMatchObject({
      state: 'delivered',
      attempts: 2,
      providerId: t.sms.messages[0]?.sid,
    });
  });

  it('a provider not known to honour idempotency keys gets nothing twice: the delivery waits in doubt', async () => {
    const t = await setup({}, false);
    const id = await textLeftInDoubt(t);
    expect(t.sms.state.requests).toBe(1);
    expect((await t.deliveries(id))[0]).toMatchObject({ state: 'in-doubt', attempts: 1 });
  });
});
