// The reconnecting channel against a scripted node: queueing, reconnect
// with re-opened instances and catch-up, timeouts and connection state.
import { afterEach, describe, expect, it } from 'vitest';
import { filter, firstValueFrom, timeout } from 'rxjs';
import { RXDB_VERSION } from 'rxdb';
import type {
  MessageFromRemote,
  MessageToRemote,
  RemoteMessageChannel,
} from 'rxdb/plugins/storage-remote';
import { createReconnectingChannel } from './reconnectingChannel.ts';
import type { ReconnectingChannel, ReconnectingChannelOptions } from './reconnectingChannel.ts';
import type { RemoteLink } from './remoteLink.ts';

class FakeLink implements RemoteLink {
  readonly sent: MessageToRemote[] = [];
  private readonly messageListeners: ((message: unknown) => void)[] = [];
  private readonly closeListeners: (() => void)[] = [];
  closed = false;
  send(message: unknown): void {
    this.sent.push(message as MessageToRemote);
  }
  onMessage(listener: (message: unknown) => void): void {
    this.messageListeners.push(listener);
  }
  onClose(listener: () => void): void {
    this.closeListeners.push(listener);
  }
  close(): void {
    if (this.closed) return;
    this.closed = true;
    for (const listener of this.closeListeners) listener();
  }
  answer(to: MessageToRemote, body: Partial<MessageFromRemote> & Record<string, unknown>): void {
    const message = {
      connectionId: to.connectionId,
      answerTo: to.requestId,
      method: to.method,
      ...body,
    };
    for (const listener of this.messageListeners) listener(message);
  }
  async request(method: string): Promise<MessageToRemote> {
    await until(() => this.sent.some((message) => message.method === method));
    return this.sent.find((message) => message.method === method) as MessageToRemote;
  }
}

type ScriptedNode = { links: FakeLink[]; reachable: boolean; latest(): FakeLink };

let channel: ReconnectingChannel | undefined;
afterEach(async () => {
  await channel?.close();
  channel = undefined;
});

async function start(options: Partial<ReconnectingChannelOptions> = {}, reachable = true) {
  const node: ScriptedNode = {
    links: [],
    reachable,
    latest: () => node.links[node.links.length - 1] as FakeLink,
  };
  channel = createReconnectingChannel({
    connect: async () => {
      if (!node.reachable) throw new Error('unreachable');
      const link = new FakeLink();
      node.links.push(link);
      return link;
    },
    backoff: { initialMs: 5, maxMs: 20 },
    ...options,
  });
  const states: string[] = [];
  channel.state$.subscribe((state) => states.push(state));
  const remote = await channel.messageChannelCreator();
  return { node, remote, states };
}

let requestCount = 0;
function send(
  remote: RemoteMessageChannel,
  method: MessageToRemote['method'],
  params: unknown,
  connectionId = 'c1',
): MessageToRemote {
  const message: MessageToRemote = {
    connectionId,
    requestId: `r${requestCount++}`,
    method,
    version: RXDB_VERSION,
    params,
  };
  remote.send(message);
  return message;
}

function answerTo(
  remote: RemoteMessageChannel,
  message: MessageToRemote,
): Promise<MessageFromRemote> {
  return firstValueFrom(
    remote.messages$.pipe(
      filter((answer) => answer.answerTo === message.requestId),
      timeout(2000),
    ),
  );
}

/** Like RxDB does: listen for the answer first, then send. */
function ask(
  remote: RemoteMessageChannel,
  method: MessageToRemote['method'],
  params: unknown,
): Promise<MessageFromRemote> {
  const requestId = `r${requestCount}`;
  const answer = firstValueFrom(
    remote.messages$.pipe(
      filter((message) => message.answerTo === requestId),
      timeout(2000),
    ),
  );
  send(remote, method, params);
  return answer;
}

async function until(condition: () => boolean): Promise<void> {
  for (let waited = 0; !condition(); waited += 5) {
    if (waited > 2000) throw new Error('condition not met within 2 s');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

const createParams = {
  databaseName: 'lantern',
  collectionName: 'incidents',
  schema: { primaryKey: 'id', version: 0 },
};

describe('reconnecting remote-storage channel', () => {
  it('queues requests until the node is reachable, then sends them in order', async () => {
    const { node, remote, states } = await start({ offlineAfterAttempts: 2 }, false);
    const create = send(remote, 'create', createParams);
    const query = send(remote, 'query', [{ query: {} }]);
    await until(() => states.includes('offline'));
    node.reachable = true;
    await until(() => states.at(-1) === 'online');
    expect(node.latest().sent.map((message) => message.requestId)).toEqual([
      create.requestId,
      query.requestId,
    ]);
    expect(states.slice(0, 2)).toEqual(['connecting', 'offline']);
  });

  it('re-opens instances after a drop, resends reads, fails writes and replays missed changes', async () => {
    const { node, remote, states } = await start();
    await until(() => node.links.length === 1);
    const first = node.latest();
    const create = send(remote, 'create', createParams);
    first.answer(create, { return: 'ok', lanternCheckpoint: { id: 'a', lwt: 1 } });
    const query = send(remote, 'query', [{ query: {} }]);
    const write = send(remote, 'bulkWrite', [[], 'ctx']);
    const writeAnswer = answerTo(remote, write);
    first.close();

    expect((await writeAnswer).error?.name).toBe('RemoteStorageConnectionLostError');
    await until(() => node.links.length === 2);
    const second = node.latest();
    const reopen = await second.request('create');
    expect(reopen.params).toEqual(createParams);
    expect(second.sent.some((message) => message.requestId === query.requestId)).toBe(true);

    const replayed = firstValueFrom(
      remote.messages$.pipe(filter((message) => message.method === 'changeStream')),
    );
    second.answer(reopen, { return: 'ok' });
    const catchUp = await second.request('getChangedDocumentsSince');
    expect(catchUp.params).toEqual([500, { id: 'a', lwt: 1 }]);
    second.answer(catchUp, {
      return: {
        documents: [{ id: 'inc-7', _deleted: false }],
        checkpoint: { id: 'inc-7', lwt: 2 },
      },
    });
    const bulk = (await replayed).return as { events: { documentId: string; operation: string }[] };
    expect(bulk.events).toEqual([
      expect.objectContaining({ documentId: 'inc-7', operation: 'UPDATE' }),
    ]);
    expect(states).toEqual(['connecting', 'online', 'reconnecting', 'online']);
  });

  it('times out an unanswered request with a clear error and reconnects the silent link', async () => {
    const { node, remote } = await start({ requestTimeoutMs: 100 });
    await until(() => node.links.length === 1);
    const create = send(remote, 'create', createParams);
    node.latest().answer(create, { return: 'ok' });
    const answer = await answerTo(remote, send(remote, 'count', [{ query: {} }]));
    expect(answer.error).toEqual({
      name: 'RemoteStorageTimeoutError',
      message: 'Lantern node did not answer "count" on incidents within 0.1 s',
    });
    await until(() => node.links.length === 2);
  });

  it('answers close locally while offline and fails queued requests beyond the limit', async () => {
    const { remote } = await start({ maxQueuedRequests: 1 }, false);
    const close = await ask(remote, 'close', []);
    expect(close.return).toBeNull();
    send(remote, 'query', [{ query: {} }]);
    const overflow = await ask(remote, 'query', [{ query: {} }]);
    expect(overflow.error?.name).toBe('RemoteStorageQueueFullError');
  });

  it('fails pending requests when closed', async () => {
    const { remote, states } = await start({}, false);
    const pending = answerTo(remote, send(remote, 'query', [{ query: {} }]));
    await channel?.close();
    expect((await pending).error?.name).toBe('RemoteStorageClosedError');
    expect(states.at(-1)).toBe('offline');
  });
});
