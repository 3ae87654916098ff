import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { COLLECTION_NAMES, type CollectionName } from '../../../../shared/store/layout.ts';
import { writeFileAtomic } from '../../files/atomicWrite.ts';
import type { StorageCheckpoint } from '../masterEndpoint.ts';

const HUB_STATE_FILE = 'hub-state.json';

/**
 * Where this node stands with the hub, kept in the data folder so a restart
 * resumes: the last stream sequence whose message was applied (or refused)
 * here, and per collection the local changes feed position up to which
 * every change was acknowledged by the hub. Both are written only after the
 * work they cover is durable, so a crash repeats work (harmless: merges are
 * idempotent, the hub drops duplicate versions) and never skips any.
 */
export interface HubCheckpoints {
  stream: string;
  appliedSeq: number;
  pushed: Partial<Record<CollectionName, StorageCheckpoint>>;
}

const stored = z.object({
  stream: z.string(),
  appliedSeq: z.number().int().nonnegative(),
  pushed: z.record(
    z.enum(COLLECTION_NAMES as [string, ...string[]]),
    z.object({ id: z.string(), lwt: z.number() }),
  ),
});

export function readHubCheckpoints(dataDir: string, stream: string): HubCheckpoints {
  const path = join(dataDir, HUB_STATE_FILE);
  const fresh: HubCheckpoints = { stream, appliedSeq: 0, pushed: {} };
  if (!existsSync(path)) return fresh;
  try {
    const parsed = stored.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    // Another workspace's (or a damaged) file: start over; replaying is safe.
    if (!parsed.success || parsed.data.stream !== stream) return fresh;
    return parsed.data as HubCheckpoints;
  } catch {
    return fresh;
  }
}

export function writeHubCheckpoints(dataDir: string, checkpoints: HubCheckpoints): void {
  writeFileAtomic(join(dataDir, HUB_STATE_FILE), JSON.stringify(checkpoints));
}
