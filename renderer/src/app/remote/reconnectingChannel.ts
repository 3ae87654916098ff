// A RemoteMessageChannel for getRxStorageRemote({ mode: 'one' }) that
// survives the node going away. RxDB's stock WebSocket channel dies with
// its socket: every later call fails with "First call must be a create
// call". Here, after a drop we reconnect with backoff, re-open every storage
// instance RxDB had open (re-sending its remembered `create`), resend the
// reads that were in flight, replay the changes missed while offline, and
// time out every request with a clear error. See docs/remote-storage.md.
import { BehaviorSubject, Subject } from 'rxjs';
import type { Observable } from 'rxjs';
import { createBlobFromBase64, randomToken, RXDB_VERSION } from 'rxdb';
import type {
  MessageFromRemote,
  MessageToRemote,
  RemoteMessageChannel,
} from 'rxdb/plugins/storage-remote';
import { resyncMissedChanges } from './changeResync.ts';
import type { OpenedInstance } from './changeResync.ts';
import { createPendingRequests, errorAnswer } from './pendingRequests.ts';
import type { PendingRequest, PendingRequests } from './pendingRequests.ts';
import type { ConnectionState, RemoteLink, RemoteLinkFactory } from './remoteLink.ts';
import { createReconnectLoop } from './reconnectLoop.ts';
import type { ReconnectLoop } from './reconnectLoop.ts';
import {
  RemoteStorageClosedError,
  RemoteStorageConnectionLostError,
  RemoteStorageQueueFullError,
  RemoteStorageTimeoutError,
} from './remoteStorageClientErrors.ts';

export type ReconnectingChannelOptions = {
  connect: RemoteLinkFactory;
  requestTimeoutMs?: number;
  backoff?: { initialMs?: number; maxMs?: number };
  /** Failed attempts in a row after which the state says 'offline'. */
  offlineAfterAttempts?: number;
  maxQueuedRequests?: number;
  onError?: (error: Error) => void;
};

export type ReconnectingChannel = {
  messageChannelCreator: () => Promise<RemoteMessageChannel>;
  state$: Observable<ConnectionState>;
  close(): Promise<void>;
};

export const DEFAULT_REQUEST_TIMEOUT_MS = 10_000;
const DEFAULT_MAX_QUEUED = 1000;

export function createReconnectingChannel(
  options: ReconnectingChannelOptions,
): ReconnectingChannel {
  const channel = new ReconnectingRemoteChannel(options);
  const messageChannel: RemoteMessageChannel = {
    messages$: channel.messages$.asObservable(),
    send: (message) => channel.send(message),
    // RxDB never closes a keep-alive 'one'-mode channel; our owner does.
    close: () => Promise.resolve(),
  };
  return {
    messageChannelCreator: () => Promise.resolve(messageChannel),
    state$: channel.state$.asObservable(),
    close: () => channel.close(),
  };
}

class ReconnectingRemoteChannel {
  readonly state$ = new BehaviorSubject<ConnectionState>('connecting');
  readonly messages$ = new Subject<MessageFromRemote>();
  private readonly opened = new Map<string, OpenedInstance>();
  private readonly internal = new Map<string, (answer: MessageFromRemote | Error) => void>();
  private readonly requestSeed = `lantern-${randomToken(8)}`;
  private readonly timeoutMs: number;
  private readonly maxQueued: number;
  private readonly onError: (error: Error) => void;
  private readonly pending: PendingRequests;
  private readonly reconnect: ReconnectLoop;
  private requestCount = 0;
  private link: RemoteLink | undefined;
  private generation = 0;
  private closed = false;

  constructor(options: ReconnectingChannelOptions) {
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
    this.maxQueued = options.maxQueuedRequests ?? DEFAULT_MAX_QUEUED;
    this.onError = options.onError ?? (() => undefined);
    this.pending = createPendingRequests(this.timeoutMs, (request) => this.onTimeout(request));
    this.reconnect = createReconnectLoop({
      connect: options.connect,
      backoff: options.backoff,
      offlineAfterAttempts: options.offlineAfterAttempts,
      onConnected: (link) => this.adopt(link),
      onOffline: () => this.state$.next('offline'),
      isClosed: () => this.closed,
    });
    this.reconnect.start();
  }

  send(message: MessageToRemote): void {
    if (this.closed) return this.fail(message, new RemoteStorageClosedError(message.method));
    if (message.method === 'create') {
      const collectionName = collectionNameOfCreate(message);
      this.opened.set(message.connectionId, {
        create: message,
        acknowledged: false,
        checkpoint: undefined,
        collectionName,
      });
    }
    if (message.method === 'close') {
      this.opened.delete(message.connectionId);
      // Nothing to close on a node we cannot reach: it dropped our instances.
      if (!this.link)
        return this.messages$.next({
          connectionId: message.connectionId,
          answerTo: message.requestId,
          method: 'close',
          return: null,
        });
    }
    if (!this.link && this.pending.queuedCount() >= this.maxQueued) {
      return this.fail(message, new RemoteStorageQueueFullError(this.maxQueued));
    }
    this.transmit(this.pending.add(message));
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.reconnect.stop();
    for (const request of this.pending.list()) {
      if (this.pending.take(request.message.requestId))
        this.fail(request.message, new RemoteStorageClosedError(request.message.method));
    }
    this.link?.close();
    this.link = undefined;
    this.state$.next('offline');
    this.state$.complete();
  }

  private transmit(request: PendingRequest): void {
    if (!this.link) return;
    request.sentOn = this.generation;
    try {
      this.link.send(request.message);
    } catch (error) {
      // e.g. data a MessagePort cannot clone: fail this request, not the link.
      if (this.pending.take(request.message.requestId)) this.fail(request.message, asError(error));
    }
  }

  private fail(message: MessageToRemote, error: Error): void {
    this.messages$.next(errorAnswer(message, error));
  }

  private collectionOf(message: MessageToRemote): string {
    return this.opened.get(message.connectionId)?.collectionName ?? collectionNameOfCreate(message);
  }

  private onTimeout(request: PendingRequest): void {
    const { message } = request;
    if (message.method === 'create') this.opened.delete(message.connectionId);
    this.fail(
      message,
      new RemoteStorageTimeoutError(
        message.method,
        this.collectionOf(message),
        this.timeoutMs,
        this.state$.value,
      ),
    );
    // The node answers even its own slow requests within its shorter
    // deadline, so silence on a link that looks up means the link is dead
    // (a pulled cable can take minutes to surface as a close event).
    if (request.sentOn === this.generation) this.link?.close();
  }

  private receive(raw: unknown): void {
    if (!isAnswer(raw)) return;
    const answerInternally = this.internal.get(raw.answerTo);
    if (answerInternally) return answerInternally(raw);
    const instance = this.opened.get(raw.connectionId);
    if (raw.answerTo === 'changestream') {
      if (instance)
        instance.checkpoint =
          (raw.return as { checkpoint?: unknown } | undefined)?.checkpoint ?? instance.checkpoint;
      return this.messages$.next(raw);
    }
    const request = this.pending.take(raw.answerTo);
    if (!request) return; // late answer to a request that already timed out
    if (request.message.method === 'create' && instance) {
      if (raw.error) this.opened.delete(raw.connectionId);
      instance.acknowledged = !raw.error;
      // null from the node means "no changes yet": catch up from the start.
      if (instance.checkpoint === undefined && 'lanternCheckpoint' in raw)
        instance.checkpoint = raw.lanternCheckpoint;
    }
    this.forwardAnswer(raw);
  }

  private forwardAnswer(answer: MessageFromRemote): void {
    // The node sends attachment data as base64 so the wire stays JSON.
    if (answer.method === 'getAttachmentData' && typeof answer.return === 'string') {
      void createBlobFromBase64(answer.return, '').then((blob) =>
        this.messages$.next({ ...answer, return: blob }),
      );
      return;
    }
    this.messages$.next(answer);
  }

  /** Requests the channel makes itself (re-open, catch up); RxDB never sees them. */
  private internalRequest(
    method: MessageToRemote['method'],
    connectionId: string,
    params: unknown,
  ): Promise<MessageFromRemote> {
    const requestId = `${this.requestSeed}|internal|${this.requestCount++}`;
    const collectionName = this.opened.get(connectionId)?.collectionName ?? 'an unknown collection';
    return new Promise((resolve, reject) => {
      const settle = (answer: MessageFromRemote | Error): void => {
        clearTimeout(timer);
        this.internal.delete(requestId);
        if (answer instanceof Error) reject(answer);
        else resolve(answer);
      };
      const timeout = new RemoteStorageTimeoutError(
        method,
        collectionName,
        this.timeoutMs,
        'online',
      );
      const timer = setTimeout(() => settle(timeout), this.timeoutMs);
      this.internal.set(requestId, settle);
      this.link?.send({ connectionId, requestId, method, version: RXDB_VERSION, params });
    });
  }

  private async reopen(instance: OpenedInstance): Promise<void> {
    const request = this.internalRequest.bind(this);
    const answer = await request('create', instance.create.connectionId, instance.create.params);
    if (answer.error)
      throw new Error(
        `Re-opening ${instance.collectionName} after reconnect failed: ${answer.error.message}`,
      );
    await resyncMissedChanges(instance, request, (message) => this.messages$.next(message));
  }

  private adopt(link: RemoteLink): void {
    const linkGeneration = ++this.generation;
    this.link = link;
    link.onMessage((message) => {
      if (linkGeneration === this.generation) this.receive(message);
    });
    link.onClose(() => {
      if (linkGeneration === this.generation) this.onLinkLost();
    });
    for (const instance of this.opened.values()) {
      if (instance.acknowledged)
        this.reopen(instance).catch((error: unknown) => this.onError(asError(error)));
    }
    for (const request of this.pending.list())
      if (request.sentOn === undefined) this.transmit(request);
    this.state$.next('online');
  }

  private onLinkLost(): void {
    this.link = undefined;
    this.generation++;
    if (this.closed) return;
    for (const settle of [...this.internal.values()])
      settle(new Error('The connection to the Lantern node dropped.'));
    for (const request of this.pending.list()) {
      if (request.sentOn === undefined) continue;
      // A write may have been applied; only reads are safe to send again.
      if (request.message.method === 'bulkWrite' && this.pending.take(request.message.requestId)) {
        this.fail(
          request.message,
          new RemoteStorageConnectionLostError('bulkWrite', this.collectionOf(request.message)),
        );
      } else {
        request.sentOn = undefined;
      }
    }
    this.state$.next('reconnecting');
    this.reconnect.start();
  }
}

function isAnswer(value: unknown): value is MessageFromRemote {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<MessageFromRemote>;
  return typeof candidate.answerTo === 'string' && typeof candidate.connectionId === 'string';
}

function collectionNameOfCreate(message: MessageToRemote): string {
  const params = message.params as { collectionName?: unknown } | undefined;
  return typeof params?.collectionName === 'string'
    ? params.collectionName
    : 'an unknown collection';
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}
