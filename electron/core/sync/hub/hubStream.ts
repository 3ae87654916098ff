import { RetentionPolicy, StorageType, type NatsConnection } from 'nats';
import type { HubNames } from './hubEnvelope.ts';
import { MAX_HUB_MESSAGE_BYTES } from './hubEnvelope.ts';

/** Replicas of the workspace's stream: three servers keep it through the loss of one. */
const WANTED_REPLICAS = 3;

/**
 * The workspace's stream, created on first use: every subject of the
 * workspace, file storage, three replicas where the cluster has three
 * servers (one on a single server), a two-minute window in which a version
 * published twice is stored once. Returns the last sequence it holds.
 */
export async function ensureStream(
  connection: NatsConnection,
  names: HubNames,
  log: (message: string) => void,
): Promise<{ lastSeq: number }> {
  const manager = await connection.jetstreamManager();
  try {
    const info = await manager.streams.info(names.stream);
    return { lastSeq: info.state.last_seq };
  } catch (error) {
    if (!/stream not found/i.test((error as Error).message)) throw error;
  }
  const config = {
    name: names.stream,
    subjects: [`${names.subjectPrefix}.>`],
    retention: RetentionPolicy.Limits,
    storage: StorageType.File,
    max_msg_size: MAX_HUB_MESSAGE_BYTES,
    duplicate_window: 120_000_000_000,
  };
  try {
    const info = await manager.streams.add({ ...config, num_replicas: WANTED_REPLICAS });
    log(`hub: created stream ${names.stream} with ${WANTED_REPLICAS} replicas`);
    return { lastSeq: info.state.last_seq };
  } catch (error) {
    const message = (error as Error).message;
    if (/already in use|already exists/i.test(message)) {
      const info = await manager.streams.info(names.stream);
      return { lastSeq: info.state.last_seq };
    }
    if (!/insufficient resources|replicas/i.test(message)) throw error;
    const info = await manager.streams.add({ ...config, num_replicas: 1 });
    log(
      `hub: created stream ${names.stream} with 1 replica (the hub has fewer than three servers)`,
    );
    return { lastSeq: info.state.last_seq };
  }
}
