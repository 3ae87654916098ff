// Peers joining and leaving go on the timeline of every active incident, so
// responders know whose changes may be missing. A peer that flaps (a bad
// Wi-Fi link, or a hostile node reconnecting in a loop) must not bury the
// timeline: after one note, further changes within the quiet period are held
// and written as one summary line when it ends.
import { ACTIVE_STATUSES } from '../../../shared/domain/incident.ts';
import type { Actor } from '../../../shared/commands/command.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { PeerIdentity } from './syncProtocol.ts';

export type PeerChange = 'joined' | 'left';

export interface PeerTimelineNotesOptions {
  database: LanternDatabase;
  execute: (name: string, input: unknown, actor: Actor) => Promise<unknown>;
  log: (message: string) => void;
  /** Shortest time between two notes; changes in between are coalesced. */
  quietMs?: number;
  now?: () => number;
  /** Runs `work` after `ms`; returns a cancel function (tests inject a manual scheduler). */
  schedule?: (work: () => void, ms: number) => () => void;
}

interface Held {
  peer: PeerIdentity;
  changes: number;
  last: PeerChange;
}

const SYNC_ACTOR: Actor = { kind: 'system', id: 'peer-sync' };
const DEFAULT_QUIET_MS = 60_000;
const NAMED_IN_SUMMARY = 5;

const defaultSchedule = (work: () => void, ms: number): (() => void) => {
  const timer = setTimeout(work, ms);
  timer.unref();
  return () => clearTimeout(timer);
};

export class PeerTimelineNotes {
  private readonly options: PeerTimelineNotesOptions;
  private readonly quietMs: number;
  private readonly now: () => number;
  private readonly schedule: (work: () => void, ms: number) => () => void;
  private readonly held = new Map<string, Held>();
  private lastNoteAt = Number.NEGATIVE_INFINITY;
  private cancelFlush: (() => void) | undefined;
  private writing: Promise<void> = Promise.resolve();

  constructor(options: PeerTimelineNotesOptions) {
    this.options = options;
    this.quietMs = options.quietMs ?? DEFAULT_QUIET_MS;
    this.now = options.now ?? Date.now;
    this.schedule = options.schedule ?? defaultSchedule;
  }

  noteChange(change: PeerChange, peer: PeerIdentity): void {
    const now = this.now();
    if (this.held.size === 0 && now - this.lastNoteAt >= this.quietMs) {
      this.lastNoteAt = now;
      this.write(singleNote(change, peer));
      return;
    }
    const held = this.held.get(peer.nodeId);
    this.held.set(peer.nodeId, { peer, changes: (held?.changes ?? 0) + 1, last: change });
    this.cancelFlush ??= this.schedule(() => this.flush(), this.lastNoteAt + this.quietMs - now);
  }

  /** Writes whatever is held now (also on stop, so nothing noticed is dropped). */
  flush(): Promise<void> {
    this.cancelFlush?.();
    this.cancelFlush = undefined;
    if (this.held.size > 0) {
      this.lastNoteAt = this.now();
      this.write(summaryNote([...this.held.values()], this.quietMs));
      this.held.clear();
    }
    return this.writing;
  }

  private write(text: string): void {
    this.writing = this.writing.then(() => this.addToActiveIncidents(text));
  }

  private async addToActiveIncidents(text: string): Promise<void> {
    const { database, execute, log } = this.options;
    try {
      const incidents = await database.incidents
        .find({ selector: { status: { $in: [...ACTIVE_STATUSES] } } })
        .exec();
      for (const incident of incidents)
        await execute(
          'addTimelineEntry',
          { incidentId: incident.id, kind: 'system', text },
          SYNC_ACTOR,
        );
    } catch (error) {
      log(`sync: could not note peer changes on the timeline: ${(error as Error).message}`);
    }
  }
}

function singleNote(change: PeerChange, peer: PeerIdentity): string {
  return change === 'joined'
    ? `Peer ${peer.name} (${peer.address}) joined: syncing`
    : `Peer ${peer.name} (${peer.address}) left: changes wait until it is back`;
}

function summaryNote(held: Held[], quietMs: number): string {
  const total = held.reduce((sum, entry) => sum + entry.changes, 0);
  const named = held.slice(0, NAMED_IN_SUMMARY).map((entry) => {
    const now = entry.last === 'joined' ? 'now connected' : 'now away';
    return `${entry.peer.name} (${entry.peer.address}) ${entry.changes}× — ${now}`;
  });
  const more =
    held.length > NAMED_IN_SUMMARY ? `; and ${held.length - NAMED_IN_SUMMARY} more peers` : '';
  const minutes = Math.max(1, Math.round(quietMs / 60_000));
  return `Peers joined or left ${total} times within ${minutes} min: ${named.join('; ')}${more}`;
}
