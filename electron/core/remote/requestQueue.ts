// Bounds the work one client can put on the node: a few requests run at a
// time, a burst (a window replaying its queue after a reconnect) waits in
// line, and only a flood beyond the line's size or bytes is refused.

export type RequestQueueLimits = { running: number; waiting: number; waitingBytes: number };

export type RequestQueue = {
  /** Runs `work` when a slot is free; false when the line is full (nothing queued). */
  offer(bytes: number, work: () => Promise<void>): boolean;
};

export const DEFAULT_QUEUE_LIMITS: RequestQueueLimits = {
  running: 16,
  waiting: 512,
  waitingBytes: 16 * 1024 * 1024,
};

export function createRequestQueue(
  limits: RequestQueueLimits = DEFAULT_QUEUE_LIMITS,
): RequestQueue {
  const line: { bytes: number; work: () => Promise<void> }[] = [];
  let running = 0;
  let waitingBytes = 0;

  const runNext = (): void => {
    while (running < limits.running && line.length > 0) {
      const next = line.shift() as { bytes: number; work: () => Promise<void> };
      waitingBytes -= next.bytes;
      running++;
      void next.work().finally(() => {
        running--;
        runNext();
      });
    }
  };

  return {
    offer(bytes, work) {
      if (line.length >= limits.waiting || waitingBytes + bytes > limits.waitingBytes) return false;
      line.push({ bytes, work });
      waitingBytes += bytes;
      runNext();
      return true;
    },
  };
}
