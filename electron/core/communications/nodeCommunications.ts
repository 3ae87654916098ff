import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand, NodeEvents } from '../notifications/nodeEvents.ts';
import { CadenceScheduler } from './cadenceScheduler.ts';
import { loadChannelConfig, type ChannelConfig, type ChannelConfigInput } from './channelConfig.ts';
import { channelsFromConfig, closeChannels } from './channels/channelSet.ts';
import { Outbox } from './outbox.ts';

/**
 * Test hook: with LANTERN_TEST_KILL_AFTER_CHANNEL_SEND=1 the node kills
 * itself (SIGKILL) right after a channel accepts a delivery and before the
 * result is recorded — the worst moment for a crash, made deterministic.
 */
export const KILL_AFTER_SEND_ENV = 'LANTERN_TEST_KILL_AFTER_CHANNEL_SEND';

function killAfterSendHook(): (() => void) | undefined {
  if (process.env[KILL_AFTER_SEND_ENV] !== '1') return undefined;
  return () => process.kill(process.pid, 'SIGKILL');
}

/** The node's outbox and cadence scheduler, started with the channel configuration. */
export async function startCommunications(options: {
  database: LanternDatabase;
  execute: ExecuteCommand;
  nodeId: string;
  dataDir: string;
  config: ChannelConfigInput | undefined;
  /** Reminders and overdue notices are announced here (Electron main can show them). */
  events?: NodeEvents;
  log: (message: string) => void;
}) {
  let config: ChannelConfig;
  try {
    config = loadChannelConfig(options.dataDir, options.config);
  } catch (error) {
    // A broken config file must not stop incident response: deliveries wait until it is fixed.
    options.log(`communications channels not configured: ${(error as Error).message}`);
    config = { webhooks: {} };
  }
  const channels = channelsFromConfig(config);
  const hook = killAfterSendHook();
  const outbox = new Outbox({
    database: options.database,
    execute: options.execute,
    nodeId: options.nodeId,
    channels,
    log: options.log,
    ...(hook ? { afterChannelSend: hook } : {}),
  });
  const cadences = new CadenceScheduler({
    database: options.database,
    execute: options.execute,
    log: options.log,
  });
  await cadences.start();
  await outbox.start();
  return {
    outbox,
    cadences,
    async stop() {
      await outbox.stop();
      await cadences.stop();
      closeChannels(channels);
    },
  };
}
