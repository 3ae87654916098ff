import type { Page } from '@playwright/test';
import type { NodeProcess } from '../../e2e/support/nodeProcess.ts';
import { apiRequest } from '../../e2e/support/nodeApi.ts';
import { nodeEpochMs, pageClockOffsetMs } from './clockOffset.ts';
import { PROBE_PREFIX, probeSeenAt, watchForProbes } from './entryWatch.ts';

export interface WatchedScreen {
  name: string;
  page: Page;
}

const PAUSE_BETWEEN_ENTRIES_MS = 100;

/**
 * Write `count` entries through POST /api/v1/incidents/{id}/timeline, one at
 * a time, and measure per screen the milliseconds from just before the
 * request was sent until the entry was about to be painted.
 */
export async function entryLatencies(
  node: NodeProcess,
  incidentId: string,
  screens: readonly WatchedScreen[],
  count: number,
): Promise<Record<string, number[]>> {
  const offsets = new Map<string, number>();
  for (const screen of screens) {
    await watchForProbes(screen.page);
    offsets.set(screen.name, await pageClockOffsetMs(screen.page));
  }
  const latencies: Record<string, number[]> = Object.fromEntries(screens.map((s) => [s.name, []]));
  const run = Date.now().toString(36);
  for (let index = 0; index < count; index++) {
    const probe = `${run}-${index}`;
    const sentAt = nodeEpochMs();
    const written = await apiRequest(node, 'POST', `/incidents/${incidentId}/timeline`, {
      text: `${PROBE_PREFIX} [${probe}]`,
    });
    if (written.status !== 201) throw new Error(`timeline write answered ${written.status}`);
    for (const screen of screens) {
      const seenAt = await probeSeenAt(screen.page, probe, 30_000).catch((error: unknown) => {
        throw new Error(`${screen.name} never showed entry ${probe}: ${(error as Error).message}`);
      });
      latencies[screen.name]?.push(seenAt - (offsets.get(screen.name) ?? 0) - sentAt);
    }
    await new Promise((done) => setTimeout(done, PAUSE_BETWEEN_ENTRIES_MS));
  }
  return latencies;
}
