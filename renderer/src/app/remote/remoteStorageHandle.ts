// Wraps a reconnecting channel into what the app uses: an RxStorage to
// pass to createRxDatabase, the connection state for the status bar and a
// close() that really ends the connection.
import type { Observable } from 'rxjs';
import { randomToken } from 'rxdb';
import type { RxStorage } from 'rxdb';
import {
  getRxStorageRemote,
  MESSAGE_CHANNEL_CACHE_BY_IDENTIFIER,
} from 'rxdb/plugins/storage-remote';
import { createReconnectingChannel } from './reconnectingChannel.ts';
import type { ReconnectingChannelOptions } from './reconnectingChannel.ts';
import type { ConnectionState } from './remoteLink.ts';
import { withReadableRemoteErrors } from './readableRemoteErrors.ts';

export type RemoteStorageHandle = {
  storage: RxStorage<unknown, unknown>;
  state$: Observable<ConnectionState>;
  close(): Promise<void>;
};

export type RemoteStorageTuning = Omit<ReconnectingChannelOptions, 'connect'>;

export function createRemoteStorageHandle(
  transportName: string,
  channelOptions: ReconnectingChannelOptions,
): RemoteStorageHandle {
  // RxDB caches 'one'-mode channels by identifier, so every handle needs its own.
  const identifier = `lantern-${transportName}-${randomToken(10)}`;
  const channel = createReconnectingChannel(channelOptions);
  const remote = getRxStorageRemote({
    identifier,
    mode: 'one',
    messageChannelCreator: channel.messageChannelCreator,
  });
  const storage = withReadableRemoteErrors<unknown, unknown>(remote);
  return {
    storage,
    state$: channel.state$,
    close: async () => {
      await channel.close();
      MESSAGE_CHANNEL_CACHE_BY_IDENTIFIER.delete(identifier);
    },
  };
}
