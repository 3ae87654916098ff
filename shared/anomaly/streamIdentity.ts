import { stableKey } from '../alerts/adapters/payload.ts';

/**
 * A stream's record id from (integration, stream name): every node taking the
 * same stream derives the same id, so their records merge into one.
 */
export function streamIdOf(integrationId: string, stream: string): string {
  return `ms-${stableKey(integrationId, stream)}${stableKey(stream, integrationId)}`;
}

/** The dedup key of a stream's anomaly alert: one open alert per stream at a time. */
export function anomalyDedupKey(stream: string): string {
  return `anomaly:${stream}`;
}
