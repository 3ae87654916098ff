// RxDB's remote storage wraps every error from the node into
// `could not requestRemote: {"methodName", "params", "error"}` — the whole
// request, documents included, in one JSON blob. This wrapper turns that
// back into the node's own error name and message so the UI can show
// something a commander can act on.
import type { RxStorage } from 'rxdb';

/** An error the Lantern node (or this window's channel) answered with. */
export class RemoteStorageRequestError extends Error {
  readonly method: string;
  constructor(name: string, message: string, method: string) {
    super(message);
    this.name = name;
    this.method = method;
  }
}

const WRAPPED_PREFIXES = ['could not requestRemote: ', 'could not create instance '];

export function withReadableRemoteErrors<Internals, Options>(
  storage: RxStorage<Internals, Options>,
): RxStorage<Internals, Options> {
  return {
    name: storage.name,
    rxdbVersion: storage.rxdbVersion,
    async createStorageInstance(params) {
      try {
        return wrapInstance(await storage.createStorageInstance(params));
      } catch (error) {
        throw readable(error, 'create');
      }
    },
  };
}

function wrapInstance<T extends object>(instance: T): T {
  return new Proxy(instance, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      if (typeof value !== 'function') return value;
      const method = String(property);
      return (...args: unknown[]) => {
        const result: unknown = (value as (...input: unknown[]) => unknown).apply(target, args);
        return result instanceof Promise
          ? result.catch((error: unknown) => Promise.reject(readable(error, method)))
          : result;
      };
    },
  });
}

function readable(error: unknown, method: string): unknown {
  if (!(error instanceof Error)) return error;
  const prefix = WRAPPED_PREFIXES.find((candidate) => error.message.startsWith(candidate));
  if (!prefix) return error;
  try {
    const parsed = JSON.parse(error.message.slice(prefix.length)) as {
      methodName?: string;
      error?: unknown;
      name?: unknown;
      message?: unknown;
    };
    const remote = (parsed.error ?? parsed) as { name?: unknown; message?: unknown };
    if (typeof remote.message !== 'string') return error;
    const name = typeof remote.name === 'string' ? remote.name : 'RemoteStorageRequestError';
    return new RemoteStorageRequestError(name, remote.message, parsed.methodName ?? method);
  } catch {
    return error;
  }
}
