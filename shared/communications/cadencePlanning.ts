import type { CommunicationDoc } from '../schema/communication.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { cadenceIntervals, nextDueAt } from './cadence.ts';
import type { CadencePolicy } from './configSchemas.ts';

export interface CadenceChange {
  audienceId: string;
  everyMinutes: number;
  nextDueAt: string;
  stopped: boolean;
  /** The existing cadence document, when this changes one. */
  existingId?: string;
}

/**
 * What the cadence policy asks of an incident at its current severity,
 * compared with the cadences it has: new audiences start, changed
 * intervals re-time, audiences the severity no longer covers stop.
 * Cadences a person set by command are theirs and are left alone.
 */
export function cadenceChanges(
  policy: CadencePolicy,
  incident: Pick<IncidentDoc, 'severity' | 'declaredAt'>,
  existing: readonly CommunicationDoc[],
  /** When each audience last got an update (one sent before its cadence existed counts). */
  lastSentByAudience: Readonly<Record<string, string>> = {},
): CadenceChange[] {
  const wanted = cadenceIntervals(policy, incident.severity);
  const changes: CadenceChange[] = [];
  for (const { audienceId, everyMinutes } of wanted) {
    const current = existing.find((c) => c.audienceId === audienceId);
    if (current?.source === 'manual') continue;
    const from = current?.lastSentAt ?? lastSentByAudience[audienceId] ?? incident.declaredAt;
    if (!current) {
      changes.push({
        audienceId,
        everyMinutes,
        nextDueAt: nextDueAt(from, everyMinutes),
        stopped: false,
      });
      continue;
    }
    if (current.everyMinutes !== everyMinutes || current.stopped)
      changes.push({
        audienceId,
        everyMinutes,
        nextDueAt: nextDueAt(from, everyMinutes),
        stopped: false,
        existingId: current.id,
      });
  }
  for (const current of existing) {
    if (current.source !== 'policy' || current.stopped) continue;
    if (wanted.some((w) => w.audienceId === current.audienceId)) continue;
    changes.push({
      audienceId: current.audienceId,
      everyMinutes: current.everyMinutes ?? 60,
      nextDueAt: current.nextDueAt ?? incident.declaredAt,
      stopped: true,
      existingId: current.id,
    });
  }
  return changes;
}
