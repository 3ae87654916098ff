import type { CadencePolicy } from './configSchemas.ts';

export interface CadenceInterval {
  audienceId: string;
  everyMinutes: number;
}

/** How often each audience hears about an incident of this severity. */
export function cadenceIntervals(policy: CadencePolicy, severity: string): CadenceInterval[] {
  return policy.rules
    .filter((rule) => rule.severity === severity)
    .map(({ audienceId, everyMinutes }) => ({ audienceId, everyMinutes }));
}

export function addMinutes(iso: string, minutes: number): string {
  return new Date(Date.parse(iso) + minutes * 60_000).toISOString();
}

/** The next update is due one interval after the last one (or after the incident began). */
export function nextDueAt(lastUpdateAt: string, everyMinutes: number): string {
  return addMinutes(lastUpdateAt, everyMinutes);
}

export type CadenceStatus = 'on-track' | 'due-soon' | 'overdue';

export interface CadenceClock {
  nextDueAt: string;
  remindBeforeMinutes: number;
}

export function cadenceStatus(cadence: CadenceClock, now: Date): CadenceStatus {
  const due = Date.parse(cadence.nextDueAt);
  if (now.getTime() >= due) return 'overdue';
  if (now.getTime() >= due - cadence.remindBeforeMinutes * 60_000) return 'due-soon';
  return 'on-track';
}

/** Minutes an update is overdue by (0 when it is not). */
export function minutesOverdue(nextDue: string, now: Date): number {
  return Math.max(0, Math.floor((now.getTime() - Date.parse(nextDue)) / 60_000));
}

export interface CadenceMarks extends CadenceClock {
  /** The due time the owner was last reminded of, so each due time is announced once. */
  remindedFor?: string;
  overdueNotedFor?: string;
}

/** What the scheduler should announce now for one cadence: nothing, a reminder, or that it is overdue. */
export function cadenceAnnouncement(
  cadence: CadenceMarks,
  now: Date,
): 'reminder' | 'overdue' | undefined {
  const status = cadenceStatus(cadence, now);
  if (status === 'overdue' && cadence.overdueNotedFor !== cadence.nextDueAt) return 'overdue';
  if (status === 'due-soon' && cadence.remindedFor !== cadence.nextDueAt) return 'reminder';
  return undefined;
}

/** When the scheduler must next look at this cadence (its reminder, or its due time). */
export function cadenceWakeAt(cadence: CadenceMarks): number | undefined {
  const due = Date.parse(cadence.nextDueAt);
  if (cadence.overdueNotedFor === cadence.nextDueAt) return undefined;
  if (cadence.remindedFor === cadence.nextDueAt) return due;
  return due - cadence.remindBeforeMinutes * 60_000;
}
