import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  loopbackChannels,
  startSmtpCapture,
  startTwilioCompatibleSms,
} from './channelServers.testHelpers.ts';
import { sessionsPerNode } from '../access/signIn.testSupport.ts';
import { killServedNodes, serveNode, type ServedNode } from '../servedNode.testHelpers.ts';
import { KILL_AFTER_SEND_ENV } from './nodeCommunications.ts';

const cleanups: (() => Promise<void> | void)[] = [];
// Yusuf Demir administers the demo workspace; each person acts through their own session.
const sessionOf = sessionsPerNode('yusuf-demir');

/** The headless node as a real process; `killAfterSend` arms the test hook that SIGKILLs it mid-delivery. */
const serve = (dataDir: string, killAfterSend: boolean) =>
  serveNode(dataDir, { env: { [KILL_AFTER_SEND_ENV]: killAfterSend ? '1' : '0' } });

async function call(node: ServedNode, path: string, body?: unknown, actor = 'yusuf-demir') {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: {
      authorization: `Bearer ${await sessionOf(node, actor)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test reads arbitrary JSON
  return { status: response.status, body: (await response.json()) as any };
}

async function waitFor<T>(probe: () => Promise<T | undefined>): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    await new Promise((done) => setTimeout(done, 50));
  }
}

type DeliveryView = { channel: string; state: string; attempts: number; providerId?: string };

/** The message's deliveries once none is waiting for the outbox. */
function settledDeliveries(node: ServedNode, messageId: string): Promise<DeliveryView[]> {
  return waitFor(async () => {
    const deliveries = (await call(node, `/communications/${messageId}`)).body
      .deliveries as DeliveryView[];
    return deliveries.every((d) => d.state !== 'queued' && d.state !== 'sending')
      ? deliveries
      : undefined;
  });
}

afterEach(async () => {
  killServedNodes();
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

// Node processes start in turn and each signs its people in (scrypt): slower than the default.
describe('outbox across a SIGKILL between sending and recording', { timeout: 120_000 }, () => {
  it('after a restart each delivery was sent once or waits for a person; nothing goes twice', async () => {
    const smtp = await startSmtpCapture();
    const sms = await startTwilioCompatibleSms();
    const dataDir = mkdtempSync(join(tmpdir(), 'lantern-outbox-'));
    cleanups.push(smtp.close, sms.close, () => rmSync(dataDir, { recursive: true, force: true }));
    writeFileSync(
      join(dataDir, 'communications.json'),
      // The loopback provider, like Stripe-style APIs, drops a repeated Idempotency-Key.
      JSON.stringify(loopbackChannels(smtp, sms, { honoursIdempotencyKey: true })),
    );

    // 1. The node hands the email to the SMTP server and is killed before recording the answer.
    const first = serve(dataDir, true);
    await first.ready;
    const incident = (
      await call(first, '/incidents', { title: 'Claims portal down', severity: 'SEV1' })
    ).body;
    const update = (
      await call(first, `/incidents/${incident.id}/communications`, { audienceId: 'executives' })
    ).body;
    expect((await call(first, `/communications/${update.id}/send`, {})).status).toBe(200);
    expect((await first.exit).signal).toBe('SIGKILL');
    expect(smtp.mails).toHaveLength(1);
    expect(sms.messages).toHaveLength(0);

    // 2. Restarted: the email is in doubt (SMTP cannot drop a repeat) and is not resent; the SMS goes once.
    const second = serve(dataDir, false);
    await second.ready;
    const afterRestart = await settledDeliveries(second, update.id);
    expect(afterRestart.map((d) => [d.channel, d.state])).toEqual([
      ['email', 'in-doubt'],
      ['sms', 'delivered'],
    ]);
    expect(smtp.mails).toHaveLength(1);
    expect(sms.messages).toHaveLength(1);
    // Nobody is told twice even if the node restarts again.
    second.child.kill('SIGKILL');
    await second.exit;

    // 3. Killed right after the SMS provider accepted a text: on restart it is sent again under the
    //    same idempotency key, the provider answers with the original message, and it is delivered.
    const third = serve(dataDir, true);
    await third.ready;
    const text = (
      await call(third, `/incidents/${incident.id}/communications`, {
        audienceId: 'executives',
        recipientIds: ['duty-executive'],
      })
    ).body;
    await call(third, `/communications/${text.id}/send`, {});
    expect((await third.exit).signal).toBe('SIGKILL');
    expect(sms.messages).toHaveLength(2);
    const fourth = serve(dataDir, false);
    await fourth.ready;
    const [textDelivery] = await settledDeliveries(fourth, text.id);
    expect(textDelivery).toMatchObject({
      state: 'delivered',
      attempts: 2,
      providerId: sms.messages[1]?.sid,
    });
    expect(sms.messages).toHaveLength(2);
    expect(smtp.mails).toHaveLength(1);

    // 4. A person settles the email in doubt: they confirm it arrived, so it is not sent again.
    const emailKey = (await call(fourth, `/communications/${update.id}`)).body.deliveries[0]
      .key as string;
    const resolved = await call(fourth, `/communications/${update.id}/deliveries/resolve`, {
      key: emailKey,
      resolution: 'delivered',
    });
    expect(resolved.body).toMatchObject({ state: 'delivered' });
    expect(smtp.mails).toHaveLength(1);
    const log = (await call(fourth, `/incidents/${incident.id}/communications/log`)).body as {
      action: string;
    }[];
    expect(log.map((e) => e.action)).toEqual(
      expect.arrayContaining(['delivery-in-doubt', 'delivery-resolved']),
    );
  });
});
