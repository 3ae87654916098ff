import type { NodeRequestName } from '../../shared/contract/nodeHost.ts';
import { NodeUnavailableError } from './errors.ts';

interface Pending {
  method: NodeRequestName;
  sent: boolean;
  resolve(result: unknown): void;
  reject(error: Error): void;
  timer: ReturnType<typeof setTimeout>;
}

export interface PendingNodeRequests {
  /** A request with its deadline, counted from now whether or not the node is up. */
  add(method: NodeRequestName, timeoutMs: number): { id: number; answer: Promise<unknown> };
  isPending(id: number): boolean;
  markSent(id: number): void;
  settle(id: number, result: unknown): void;
  fail(id: number, error: Error): void;
  /** The node went away: requests it had received end with `error(true)`. */
  failSent(error: (reachedNode: true) => Error): void;
  failAll(error: (reachedNode: boolean) => Error): void;
}

/** Main's requests to the node that await an answer, each with a timeout. */
export function createPendingNodeRequests(): PendingNodeRequests {
  const pending = new Map<number, Pending>();
  let nextId = 1;

  const take = (id: number) => {
    const entry = pending.get(id);
    if (!entry) return undefined;
    pending.delete(id);
    clearTimeout(entry.timer);
    return entry;
  };

  return {
    add(method, timeoutMs) {
      const id = nextId++;
      const answer = new Promise<unknown>((resolve, reject) => {
        const timer = setTimeout(() => {
          const entry = take(id);
          if (!entry) return;
          const seconds = Math.round(timeoutMs / 100) / 10;
          entry.reject(
            new NodeUnavailableError(
              entry.sent
                ? `The Lantern node did not answer ${method} within ${seconds} s.`
                : `The Lantern node was not running for ${seconds} s, so ${method} was not sent.`,
              entry.sent,
            ),
          );
        }, timeoutMs);
        pending.set(id, { method, sent: false, resolve, reject, timer });
      });
      return { id, answer };
    },
    isPending: (id) => pending.has(id),
    markSent(id) {
      const entry = pending.get(id);
      if (entry) entry.sent = true;
    },
    settle: (id, result) => take(id)?.resolve(result),
    fail: (id, error) => take(id)?.reject(error),
    failSent(error) {
      for (const [id, entry] of pending) if (entry.sent) take(id)?.reject(error(true));
    },
    failAll(error) {
      for (const [id, entry] of pending) take(id)?.reject(error(entry.sent));
    },
  };
}
