import { DetectorStateError } from '../../../shared/anomaly/detectorState.ts';
import { LanternDetector } from '../../../shared/anomaly/lanternDetector.ts';
import { streamIdOf } from '../../../shared/anomaly/streamIdentity.ts';
import type { ScoredPoint } from '../../../shared/anomaly/streamRecord.ts';
import { RECENT_POINTS } from '../../../shared/schema/metricStream.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { DetectorStore } from './detectorStore.ts';

/** A point as the tool sent it, its time in epoch milliseconds. */
export interface MetricPoint {
  stream: string;
  at: number;
  value: number;
}

/**
 * Points between saved states of a stream's detector. Below the points a
 * stream's record keeps (120), so a restart can always replay what the
 * saved state has not seen from the record.
 */
export const SAVE_EVERY_POINTS = 60;

interface LiveStream {
  detector: LanternDetector;
  /** The newest point the detector took: older or repeated points are a tool re-sending. */
  lastAt: number;
  savedPoints: number;
}

/**
 * One detector per metric stream, in memory, with its learnt state saved in
 * the node-local store. Batches of one integration are taken one at a time
 * (`serialise`), so a stream's detector never runs ahead of its record.
 */
export class StreamDetectors {
  private readonly live = new Map<string, LiveStream>();
  private readonly loading = new Map<string, Promise<LiveStream>>();
  private readonly queues = new Map<string, Promise<unknown>>();
  /** Streams whose scored points are not committed yet: never saved in that state. */
  private readonly inFlight = new Set<string>();
  private readonly database: LanternDatabase;
  private readonly store: DetectorStore;
  private readonly log: (message: string) => void;

  constructor(database: LanternDatabase, store: DetectorStore, log: (message: string) => void) {
    this.database = database;
    this.store = store;
    this.log = log;
  }

  get streamCount(): number {
    return this.live.size;
  }

  /** Runs `work` after the integration's earlier batches have finished (committed or failed). */
  serialise<T>(integrationId: string, work: () => Promise<T>): Promise<T> {
    const previous = this.queues.get(integrationId) ?? Promise.resolve();
    const next = previous.then(work, work);
    const settled = next.catch(() => undefined);
    this.queues.set(integrationId, settled);
    void settled.then(() => {
      if (this.queues.get(integrationId) === settled) this.queues.delete(integrationId);
    });
    return next;
  }

  /**
   * Scores a batch, each stream's points in time order; points at or before
   * the stream's newest are skipped (a retried batch is not taken twice).
   */
  async score(integrationId: string, points: readonly MetricPoint[]) {
    const ordered = [...points].sort((a, b) => a.at - b.at);
    const idOf = new Map(
      ordered.map((point) => [point.stream, streamIdOf(integrationId, point.stream)]),
    );
    // Streams not in memory (after a restart: all of them) load together, not one by one.
    const missing = [...new Set(idOf.values())].filter((id) => !this.live.has(id));
    await Promise.all(missing.map((id) => this.load(id)));
    const scored: ScoredPoint[] = [];
    const streamIds = new Set<string>();
    let skipped = 0;
    for (const point of ordered) {
      const id = idOf.get(point.stream) as string;
      const live = this.live.get(id) ?? (await this.load(id));
      if (point.at <= live.lastAt) {
        skipped += 1;
        continue;
      }
      scored.push(observe(live, point));
      streamIds.add(id);
      this.inFlight.add(id);
    }
    return { scored, skipped, streamIds: [...streamIds] };
  }

  /** The batch committed: save the state of streams that took enough points since their last save. */
  committed(streamIds: readonly string[]): void {
    for (const id of streamIds) this.inFlight.delete(id);
    const due = streamIds.filter((id) => {
      const live = this.live.get(id);
      return live && live.detector.pointsSeen - live.savedPoints >= SAVE_EVERY_POINTS;
    });
    if (due.length > 0) this.save(due);
  }

  /** The batch did not commit: forget what the detectors learnt from it (reloaded on the next batch). */
  failed(streamIds: readonly string[]): void {
    for (const id of streamIds) {
      this.inFlight.delete(id);
      this.live.delete(id);
    }
  }

  /** Saves every stream with unsaved, committed points (the node is stopping). */
  saveAll(): void {
    const unsaved = [...this.live.entries()]
      .filter(([id, live]) => !this.inFlight.has(id) && live.detector.pointsSeen > live.savedPoints)
      .map(([id]) => id);
    if (unsaved.length > 0) this.save(unsaved);
  }

  private save(streamIds: readonly string[]): void {
    this.store.save(streamIds, (id) => {
      const live = this.live.get(id) as LiveStream;
      live.savedPoints = live.detector.pointsSeen;
      return { points: live.savedPoints, lastAt: live.lastAt, state: live.detector.saveState() };
    });
  }

  private load(streamId: string): Promise<LiveStream> {
    let loading = this.loading.get(streamId);
    if (!loading) {
      loading = this.restore(streamId).finally(() => this.loading.delete(streamId));
      this.loading.set(streamId, loading);
    }
    return loading;
  }

  /** The saved state, then the record's points it has not seen; a new detector for a new stream. */
  private async restore(streamId: string): Promise<LiveStream> {
    const live: LiveStream = { detector: new LanternDetector(), lastAt: -Infinity, savedPoints: 0 };
    const saved = this.store.load(streamId);
    if (saved) {
      try {
        live.detector.loadState(saved.state);
        live.lastAt = saved.lastAt;
        live.savedPoints = saved.points;
      } catch (error) {
        if (!(error instanceof DetectorStateError)) throw error;
        this.log(`anomaly: stream ${streamId}: ${error.message}`);
      }
    }
    const record = await kindStore(this.database).get('metricStreams', streamId);
    const unseen = (record?.recent ?? []).filter(([at]) => at > live.lastAt);
    if (record && unseen.length > 0 && record.pointCount - live.savedPoints > RECENT_POINTS)
      this.log(
        `anomaly: stream ${record.stream}: ${record.pointCount - live.savedPoints - unseen.length} points older than the record's last ${RECENT_POINTS} were never learnt (saved state missing or behind)`,
      );
    for (const [at, value] of unseen) observe(live, { stream: '', at, value });
    this.live.set(streamId, live);
    return live;
  }
}

function observe(live: LiveStream, point: MetricPoint): ScoredPoint {
  const range = live.detector.expectedRange();
  const score = live.detector.observe(point.at, point.value);
  live.lastAt = point.at;
  return {
    stream: point.stream,
    at: point.at,
    value: point.value,
    score,
    expectedLow: range?.low ?? null,
    expectedHigh: range?.high ?? null,
  };
}
