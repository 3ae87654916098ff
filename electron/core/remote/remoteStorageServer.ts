// Serves the node's RxDatabase storage to one remote-storage client over any
// transport (an Electron MessagePort, a WebSocket). Speaks the wire protocol
// of rxdb/plugins/storage-remote, but unlike RxDB's exposeRxStorageRemote it
// validates every message, only calls whitelisted methods, never creates
// storage, refuses client writes (see docs/remote-storage.md) and keeps one
// changeStream subscription per opened instance so the node's own writes
// reach every client.
import type { Subscription } from 'rxjs';
import { parseRemoteMessage } from './remoteMessageParser.ts';
import type { RemoteRequest, ReplyAddress } from './remoteMessageParser.ts';
import {
  RemoteStorageBusyError,
  RemoteStorageMessageError,
  RemoteStorageNodeTimeoutError,
} from './remoteStorageErrors.ts';
import { createRequestQueue } from './requestQueue.ts';
import type { RequestQueue } from './requestQueue.ts';
import { latestCheckpoint } from './storageCheckpoints.ts';
import { replyText, SerializedResult } from './serializedResult.ts';
import { runStorageRequest } from './storageRequestRunner.ts';
import type { RunnableMethod } from './storageRequestRunner.ts';
import { resolveStorageTarget } from './storageTargets.ts';
import type { ServedDatabase, StorageTarget } from './storageTargets.ts';

export type RemoteTransport = {
  send(message: unknown): void;
  /** Text transports (WebSocket) take a reply already serialised as JSON. */
  sendText?(text: string): void;
  onMessage(listener: (message: unknown) => void): () => void;
  onClose(listener: () => void): () => void;
};

export type RemoteStorageLog = (event: string, detail: object) => void;

export type RemoteStorageConnectionOptions = {
  database: ServedDatabase;
  readOnly: boolean;
  transport: RemoteTransport;
  requestTimeoutMs?: number;
  log?: RemoteStorageLog;
  /** Largest accepted message, measured as serialised JSON. */
  maxMessageBytes?: number;
};

export const DEFAULT_MAX_MESSAGE_BYTES = 4 * 1024 * 1024;
const DEFAULT_NODE_TIMEOUT_MS = 8_000;
const MAX_OPEN_INSTANCES = 256;

const UNADDRESSED: ReplyAddress = { connectionId: '', requestId: '', method: 'unknown' };

type Session = { target: StorageTarget; changes: Subscription };

export function attachRemoteStorageConnection(options: RemoteStorageConnectionOptions): () => void {
  const connection = new RemoteStorageConnection(options);
  return () => connection.detach();
}

/** One client's view of the node's storage: its opened instances and requests. */
class RemoteStorageConnection {
  private readonly database: ServedDatabase;
  private readonly readOnly: boolean;
  private readonly transport: RemoteTransport;
  private readonly log: RemoteStorageLog;
  private readonly maxBytes: number;
  private readonly timeoutMs: number;
  private readonly sessions = new Map<string, Promise<Session>>();
  private readonly stopListening: (() => void)[];
  private readonly onDatabaseClose = (): void => this.detach();
  private readonly queue: RequestQueue = createRequestQueue();
  private detached = false;

  constructor(options: RemoteStorageConnectionOptions) {
    this.database = options.database;
    this.readOnly = options.readOnly;
    this.transport = options.transport;
    this.log = options.log ?? (() => undefined);
    this.maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
    this.timeoutMs = options.requestTimeoutMs ?? DEFAULT_NODE_TIMEOUT_MS;
    this.stopListening = [
      this.transport.onMessage((raw) => this.onMessage(raw)),
      this.transport.onClose(() => this.detach()),
    ];
    this.database.onClose.push(this.onDatabaseClose);
  }

  detach(): void {
    if (this.detached) return;
    this.detached = true;
    for (const stop of this.stopListening) stop();
    const index = this.database.onClose.indexOf(this.onDatabaseClose);
    if (index >= 0) this.database.onClose.splice(index, 1);
    for (const opened of this.sessions.values())
      opened.then(
        (session) => session.changes.unsubscribe(),
        () => undefined,
      );
    this.sessions.clear();
    this.log('remote.connection.closed', { readOnly: this.readOnly });
  }

  private onMessage(raw: unknown): void {
    const outcome = parseRemoteMessage(raw, this.maxBytes);
    if (!outcome.ok) {
      // Without a request id to answer, the error goes to answerTo "".
      this.answerError(outcome.replyTo ?? UNADDRESSED, outcome.error);
      return;
    }
    const request = outcome.request;
    const accepted = this.queue.offer(outcome.bytes, () =>
      this.handleRequest(request).catch((error: unknown) => this.answerError(request, error)),
    );
    if (!accepted) {
      this.answerError(
        request,
        new RemoteStorageBusyError(
          'The node has too many requests from this window waiting; retry shortly.',
        ),
      );
    }
  }

  private async handleRequest(request: RemoteRequest): Promise<void> {
    if (this.detached) return;
    if (request.method === 'create') return this.openSession(request);
    const opened = this.sessions.get(request.connectionId);
    if (!opened) {
      throw new RemoteStorageMessageError(
        `Storage instance "${request.connectionId}" is not open on this connection; the first call must be "create".`,
      );
    }
    const session = await opened;
    if (request.method === 'close') {
      session.changes.unsubscribe();
      this.sessions.delete(request.connectionId);
      return this.answer(request, null);
    }
    const work = runStorageRequest(
      session.target,
      request.method as RunnableMethod,
      request.params,
      this.readOnly,
      this.transport.sendText !== undefined,
    );
    this.answer(
      request,
      await withTimeout(work, this.timeoutMs, request.method, session.target.collectionName),
    );
  }

  private async openSession(request: RemoteRequest): Promise<void> {
    let opened = this.sessions.get(request.connectionId);
    if (!opened) {
      if (this.sessions.size >= MAX_OPEN_INSTANCES) {
        throw new RemoteStorageBusyError(
          `This window opened more than ${MAX_OPEN_INSTANCES} storage instances; reload it.`,
        );
      }
      opened = this.startSession(request);
      this.sessions.set(request.connectionId, opened);
      opened.catch(() => this.sessions.delete(request.connectionId));
    }
    const session = await opened;
    // Opening again (a reconnecting client does) must name the same instance.
    const again = resolveStorageTarget(this.database, request.version, request.params);
    if (again.instance !== session.target.instance) {
      throw new RemoteStorageMessageError(
        `Connection id "${request.connectionId}" is already used for another collection.`,
      );
    }
    const checkpoint = await latestCheckpoint(session.target.instance).catch(() => undefined);
    this.answer(request, 'ok', { lanternCheckpoint: checkpoint ?? null });
  }

  private async startSession(request: RemoteRequest): Promise<Session> {
    const target = resolveStorageTarget(this.database, request.version, request.params);
    const changes = target.instance.changeStream().subscribe((bulk) =>
      this.send({
        connectionId: request.connectionId,
        answerTo: 'changestream',
        method: 'changeStream',
        return: bulk,
      }),
    );
    this.log('remote.instance.opened', {
      collection: target.collectionName,
      readOnly: this.readOnly,
    });
    return { target, changes };
  }

  private send(message: object): void {
    if (this.detached) return;
    try {
      this.transport.send(message);
    } catch (error) {
      this.log('remote.send.failed', { reason: describe(error) });
    }
  }

  private answer(to: ReplyAddress, value: unknown, extra: object = {}): void {
    const reply = { connectionId: to.connectionId, answerTo: to.requestId, method: to.method };
    if (value instanceof SerializedResult) return this.answerSerialized(reply, value);
    this.send({ ...reply, return: value, ...extra });
  }

  private answerSerialized(reply: Record<string, unknown>, value: SerializedResult): void {
    if (this.detached) return;
    try {
      if (this.transport.sendText) this.transport.sendText(replyText(reply, value));
      else this.transport.send({ ...reply, return: JSON.parse(value.json) as unknown });
    } catch (error) {
      this.log('remote.send.failed', { reason: describe(error) });
    }
  }

  private answerError(to: ReplyAddress, error: unknown): void {
    this.log('remote.request.refused', { method: to.method, reason: describe(error) });
    this.send({
      connectionId: to.connectionId,
      answerTo: to.requestId,
      method: to.method,
      error: toPlainError(error),
    });
  }
}

function withTimeout<T>(
  work: Promise<T>,
  ms: number,
  method: string,
  collection: string,
): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new RemoteStorageNodeTimeoutError(
            `The node's storage did not finish "${method}" on ${collection} within ${ms / 1000} s; try a narrower query.`,
          ),
        ),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Name, message and code only: node stack traces stay on the node. */
function toPlainError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string'
    ? { name: error.name, message: error.message, code }
    : { name: error.name, message: error.message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
