// Keeps trying to open a link: at once, then with exponential backoff and
// jitter (so many windows do not hammer a restarting node in step).
import type { RemoteLink, RemoteLinkFactory } from './remoteLink.ts';

export type ReconnectLoopOptions = {
  connect: RemoteLinkFactory;
  backoff?: { initialMs?: number; maxMs?: number };
  offlineAfterAttempts?: number;
  onConnected(link: RemoteLink): void;
  onOffline(): void;
  isClosed(): boolean;
};

export type ReconnectLoop = { start(): void; stop(): void };

const DEFAULT_INITIAL_MS = 250;
const DEFAULT_MAX_MS = 10_000;
const DEFAULT_OFFLINE_AFTER = 3;

export function createReconnectLoop(options: ReconnectLoopOptions): ReconnectLoop {
  const initialMs = options.backoff?.initialMs ?? DEFAULT_INITIAL_MS;
  const maxMs = options.backoff?.maxMs ?? DEFAULT_MAX_MS;
  const offlineAfter = options.offlineAfterAttempts ?? DEFAULT_OFFLINE_AFTER;
  let running = false;
  let wake: (() => void) | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      wake = resolve;
      timer = setTimeout(resolve, ms);
    });

  async function run(): Promise<void> {
    for (let failures = 0; !options.isClosed();) {
      try {
        const link = await options.connect();
        if (options.isClosed()) return link.close();
        running = false;
        return options.onConnected(link);
      } catch {
        failures++;
        if (failures === offlineAfter) options.onOffline();
        const base = Math.min(maxMs, initialMs * 2 ** (failures - 1));
        await sleep(base * (0.75 + Math.random() * 0.5));
      }
    }
  }

  return {
    start() {
      if (running || options.isClosed()) return;
      running = true;
      void run();
    },
    stop() {
      clearTimeout(timer);
      wake?.();
      running = false;
    },
  };
}
