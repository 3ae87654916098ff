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
import { RemoteStorageBusyError, RemoteStorageMessageError, RemoteStorageNodeTimeoutError } from './remoteStorageErrors.ts';
import { latestCheckpoint } from './storageCheckpoints.ts';
import { runStorageRequest } from './storageRequestRunner.ts';
import type { RunnableMethod } from './storageRequestRunner.ts';
import { resolveStorageTarget } from './storageTargets.ts';
import type { ServedDatabase, StorageTarget } from './storageTargets.ts';

export type RemoteTransport = {
  send(message: unknown): void;
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
const MAX_IN_FLIGHT = 64;
const MAX_OPEN_INSTANCES = 256;

const UNADDRESSED: ReplyAddress = { connectionId: '', requestId: '', method: 'unknown' };

type Session = { target: StorageTarget; changes: Subscription };

export function attachRemoteStorageConnection(options: RemoteStorageConnectionOptions): () => void {
  const { database, readOnly, transport } = options;
  const log = options.log ?? (() => undefined);
  const maxBytes = options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES;
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_NODE_TIMEOUT_MS;
  const sessions = new Map<string, Promise<Session>>();
  let inFlight = 0;
  let detached = false;

  const send = (message: object): void => {
    if (detached) return;
    try {
      transport.send(message);
    } catch (error) {
      log('remote.send.failed', { reason: describe(error) });
    }
  };
  const answer = (to: ReplyAddress, value: unknown, extra: object = {}): void =>
    send({ connectionId: to.connectionId, answerTo: to.requestId, method: to.method, return: value, ...extra });
  const answerError = (to: ReplyAddress, error: unknown): void => {
    log('remote.request.refused', { method: to.method, reason: describe(error) });
    send({ connectionId: to.connectionId, answerTo: to.requestId, method: to.method, error: toPlainError(error) });
  };

  async function openSession(request: RemoteRequest): Promise<void> {
    let opened = sessions.get(request.connectionId);
    if (!opened) {
      if (sessions.size >= MAX_OPEN_INSTANCES) {
        throw new RemoteStorageBusyError(`This window opened more than ${MAX_OPEN_INSTANCES} storage instances; reload it.`);
      }
      opened = startSession(request);
      sessions.set(request.connectionId, opened);
      opened.catch(() => sessions.delete(request.connectionId));
    }
    const session = await opened;
    const again = resolveStorageTarget(database, request.version, request.params);
    if (again.instance !== session.target.instance) {
      throw new RemoteStorageMessageError(`Connection id "${request.connectionId}" is already used for another collection.`);
    }
    const checkpoint = await latestCheckpoint(session.target.instance).catch(() => undefined);
    answer(request, 'ok', { lanternCheckpoint: checkpoint ?? null });
  }

  async function startSession(request: RemoteRequest): Promise<Session> {
    const target = resolveStorageTarget(database, request.version, request.params);
    const changes = target.instance.changeStream().subscribe((bulk) =>
      send({ connectionId: request.connectionId, answerTo: 'changestream', method: 'changeStream', return: bulk }),
    );
    log('remote.instance.opened', { collection: target.collectionName, readOnly });
    return { target, changes };
  }

  async function handleRequest(request: RemoteRequest): Promise<void> {
    if (request.method === 'create') return openSession(request);
    const opened = sessions.get(request.connectionId);
    if (!opened) {
      throw new RemoteStorageMessageError(
        `Storage instance "${request.connectionId}" is not open on this connection; the first call must be "create".`,
      );
    }
    const session = await opened;
    if (request.method === 'close') {
      session.changes.unsubscribe();
      sessions.delete(request.connectionId);
      return answer(request, null);
    }
    const work = runStorageRequest(session.target, request.method as RunnableMethod, request.params, readOnly);
    answer(request, await withTimeout(work, timeoutMs, request.method, session.target.collectionName));
  }

  function onMessage(raw: unknown): void {
    const outcome = parseRemoteMessage(raw, maxBytes);
    if (!outcome.ok) {
      // Without a request id to answer, the error goes to answerTo "".
      answerError(outcome.replyTo ?? UNADDRESSED, outcome.error);
      return;
    }
    const request = outcome.request;
    if (inFlight >= MAX_IN_FLIGHT) {
      answerError(request, new RemoteStorageBusyError(`The node is still answering ${MAX_IN_FLIGHT} requests from this window; retry shortly.`));
      return;
    }
    inFlight++;
    handleRequest(request)
      .catch((error: unknown) => answerError(request, error))
      .finally(() => inFlight--);
  }

  const stopMessages = transport.onMessage(onMessage);
  const stopClose = transport.onClose(() => detach());
  const onDatabaseClose = (): void => detach();
  database.onClose.push(onDatabaseClose);

  function detach(): void {
    if (detached) return;
    detached = true;
    stopMessages();
    stopClose();
    const index = database.onClose.indexOf(onDatabaseClose);
    if (index >= 0) database.onClose.splice(index, 1);
    for (const opened of sessions.values()) opened.then((session) => session.changes.unsubscribe(), () => undefined);
    sessions.clear();
    log('remote.connection.closed', { readOnly });
  }
  return detach;
}

function withTimeout<T>(work: Promise<T>, ms: number, method: string, collection: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(
      () => reject(new RemoteStorageNodeTimeoutError(`The node's storage did not finish "${method}" on ${collection} within ${ms / 1000} s; try a narrower query.`)),
      ms,
    );
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

/** Name, message and code only: node stack traces stay on the node. */
function toPlainError(error: unknown): { name: string; message: string; code?: string } {
  if (!(error instanceof Error)) return { name: 'Error', message: String(error) };
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? { name: error.name, message: error.message, code } : { name: error.name, message: error.message };
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
