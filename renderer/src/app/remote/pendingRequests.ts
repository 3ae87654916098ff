// Requests that RxDB sent and that the node has not answered yet. Each one
// has a deadline from the moment RxDB made it, whether or not the link was
// up at that time, so a request never waits forever.
import type { MessageFromRemote, MessageToRemote } from 'rxdb/plugins/storage-remote';
import { toPlainError } from './remoteStorageClientErrors.ts';

export type PendingRequest = {
  message: MessageToRemote;
  /** Generation of the link it went out on; undefined while queued. */
  sentOn: number | undefined;
  timer: ReturnType<typeof setTimeout>;
};

export type PendingRequests = {
  add(message: MessageToRemote): PendingRequest;
  take(requestId: string): PendingRequest | undefined;
  list(): PendingRequest[];
  queuedCount(): number;
};

export function createPendingRequests(
  timeoutMs: number,
  onTimeout: (request: PendingRequest) => void,
): PendingRequests {
  // A Map keeps insertion order, so queued requests are resent in order.
  const pending = new Map<string, PendingRequest>();
  const take = (requestId: string): PendingRequest | undefined => {
    const request = pending.get(requestId);
    if (!request) return undefined;
    clearTimeout(request.timer);
    pending.delete(requestId);
    return request;
  };
  return {
    add(message) {
      const request: PendingRequest = {
        message,
        sentOn: undefined,
        timer: setTimeout(() => {
          if (take(message.requestId)) onTimeout(request);
        }, timeoutMs),
      };
      pending.set(message.requestId, request);
      return request;
    },
    take,
    list: () => [...pending.values()],
    queuedCount: () =>
      [...pending.values()].filter((request) => request.sentOn === undefined).length,
  };
}

export function errorAnswer(message: MessageToRemote, error: Error): MessageFromRemote {
  return {
    connectionId: message.connectionId,
    answerTo: message.requestId,
    method: message.method,
    error: toPlainError(error),
  };
}
