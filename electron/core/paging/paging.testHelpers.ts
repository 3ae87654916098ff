import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { PageDoc } from '../../../shared/paging/pageRecords.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { startSmtpCapture } from '../communications/channelServers.testHelpers.ts';
import { channelConfig, type ChannelConfig } from '../communications/channelConfig.ts';
import { channelsFromConfig, closeChannels } from '../communications/channels/channelSet.ts';
import { outboxJob } from '../communications/outbox.ts';
import { AccessTokenService } from '../access/accessTokenService.ts';
import { requestAuthenticator } from '../access/requestAuthentication.ts';
import { SessionService } from '../access/sessionService.ts';
import { createHttpServer } from '../http/httpServer.ts';
import { createEscalationTestNode } from '../scheduler/escalationScheduler.testHelpers.ts';
import { Scheduler } from '../scheduler/scheduler.ts';
import { pagingNodeFeature } from './feature.ts';
import { startTwilioCompatibleProvider } from './twilioServer.testHelpers.ts';

export const ZOFIA_PHONE = '+447700900101';

/**
 * The escalation test node (fake clock, demo organisation) with an outbox
 * over a local Twilio-compatible provider (SMS and calls) and SMTP, and the
 * node's paging routes served over real HTTP at the public URL the pages
 * carry, so the provider's signed callbacks reach them.
 */
export async function createPagingTestNode(cleanups: (() => Promise<void> | void)[]) {
  const node = await createEscalationTestNode();
  const twilio = await startTwilioCompatibleProvider();
  const smtp = await startSmtpCapture();
  const settings: { config?: ChannelConfig } = {};
  const token = 'test-token-test-token';
  const access = {
    sessions: new SessionService({
      database: node.database,
      nodeId: 'node-test',
      execute: node.execute,
    }),
    tokens: new AccessTokenService(node.database),
  };
  const server = createHttpServer({
    api: {
      database: node.database,
      execute: node.execute,
      info: () => ({ status: 'ok', version: 'test', nodeId: 'node-test', databaseName: 'test' }),
      seedDemo: () => Promise.resolve(''),
      channelConfig: () => settings.config ?? { webhooks: {} },
      access,
    },
    features: [pagingNodeFeature],
    authenticate: requestAuthenticator({ nodeToken: token, ...access }),
    secrets: [token],
    rendererDir: '/nonexistent',
    log: () => undefined,
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const publicUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const provider = {
    baseUrl: twilio.url,
    accountSid: twilio.accountSid,
    authToken: twilio.authToken,
    from: '+15005550006',
  };
  const config = channelConfig.parse({
    sms: provider,
    voice: provider,
    email: {
      host: '127.0.0.1',
      port: smtp.port,
      from: 'pages@example.com',
      requireValidCertificate: false,
    },
    paging: { publicUrl },
  });
  settings.config = config;
  const channels = channelsFromConfig(config);
  const outbox = new Scheduler(
    outboxJob({
      database: node.database,
      execute: node.execute,
      nodeId: 'node-test',
      channels,
      clock: node.clock,
      ...(config.paging ? { paging: config.paging } : {}),
    }),
    { changes: node.changes, clock: node.clock },
  );
  cleanups.push(
    async () => {
      await outbox.stop();
      await node.scheduler.stop();
      await node.autoStart.stop();
      closeChannels(channels);
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await node.database.remove();
      rmSync(node.checkpointDir, { recursive: true, force: true });
    },
    twilio.close,
    smtp.close,
  );
  const settle = async () => {
    for (let i = 0; i < 3; i++) {
      await node.settle();
      outbox.wake();
      await outbox.idle();
    }
  };
  await node.autoStart.start();
  await node.scheduler.start();
  await outbox.start();
  const pagesOf = async (personId: string) => {
    const pages = (await kindStore(node.database).find('communications', {
      selector: { kind: 'page' },
    })) as PageDoc[];
    return pages.filter((p) => p.page.personId === personId);
  };
  return { node, twilio, smtp, outbox, settle, publicUrl, pagesOf };
}
