/**
 * A streaming anomaly detector for one metric stream: it sees each point once,
 * in order, and answers at once with a score in [0, 1] using only that point
 * and earlier ones. It learns as it goes and holds a bounded amount of state.
 */
export interface StreamDetector {
  /** Score one point; `timestamp` in milliseconds since the epoch. */
  observe(timestamp: number, value: number): number;
  /** Bytes of typed-array state held for this stream (bounded by construction). */
  readonly stateBytes: number;
}
