import type { FeatureJobs, NodeRuntime } from '../features/nodeFeature.ts';
import { cadenceJob } from './cadenceScheduler.ts';
import { loadChannelConfig, type ChannelConfig } from './channelConfig.ts';
import { channelsFromConfig, closeChannels } from './channels/channelSet.ts';
import { leasedJob } from '../scheduling/leasedJob.ts';
import { outboxJob } from './outbox.ts';

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

/** The node's outbox and cadence jobs over the configured channels (closed when the node stops). */
export function communicationJobs(runtime: NodeRuntime): FeatureJobs {
  let config: ChannelConfig;
  try {
    config = loadChannelConfig(runtime.dataDir, runtime.communications);
  } catch (error) {
    // A broken config file must not stop incident response: deliveries wait until it is fixed.
    runtime.log(`communications channels not configured: ${(error as Error).message}`);
    config = { webhooks: {} };
  }
  const channels = channelsFromConfig(config);
  const hook = killAfterSendHook();
  const { database, execute, nodeId, clock, log } = runtime;
  return {
    jobs: [
      cadenceJob({ database, execute, clock, log }),
      leasedJob(
        outboxJob({
          database,
          execute,
          nodeId,
          channels,
          clock,
          log,
          ...(config.paging ? { paging: config.paging } : {}),
          ...(hook ? { afterChannelSend: hook } : {}),
        }),
        runtime.workLease,
      ),
    ],
    close: () => closeChannels(channels),
  };
}
