import type { VendorEngagementDoc } from '../../schema/vendor.ts';

export type SlaClockName = 'respond' | 'restore' | 'update';
/**
 * `running`: due later; `due-soon`: inside the reminder lead; `breached`:
 * due passed with no answer; `met` / `met-late`: answered in time or after.
 */
export type SlaClockState = 'running' | 'due-soon' | 'breached' | 'met' | 'met-late';

export interface SlaClock {
  name: SlaClockName;
  dueAt: string;
  state: SlaClockState;
  metAt?: string;
  /** Minutes until due (negative once past); absent once met. */
  minutesLeft?: number;
}

const MINUTE = 60_000;
/** Reminders come this long before a clock is due (or a fifth of it, for short clocks). */
export const SLA_REMINDER_LEAD_MINUTES = 15;

function clock(
  name: SlaClockName,
  startMs: number,
  minutes: number,
  metAt: string | undefined,
  nowMs: number,
): SlaClock {
  const dueMs = startMs + minutes * MINUTE;
  const dueAt = new Date(dueMs).toISOString();
  if (metAt) return { name, dueAt, metAt, state: Date.parse(metAt) <= dueMs ? 'met' : 'met-late' };
  const minutesLeft = Math.floor((dueMs - nowMs) / MINUTE);
  const lead = Math.min(SLA_REMINDER_LEAD_MINUTES, minutes / 5) * MINUTE;
  const state = nowMs > dueMs ? 'breached' : dueMs - nowMs <= lead ? 'due-soon' : 'running';
  return { name, dueAt, state, minutesLeft };
}

/** The latest vendor update (or their first response) the update cadence counts from. */
function lastHeardAt(engagement: VendorEngagementDoc): number | undefined {
  const heard = engagement.contacts
    .filter((contact) => contact.kind !== 'outreach')
    .map((contact) => Date.parse(contact.at));
  return heard.length > 0 ? Math.max(...heard) : undefined;
}

/**
 * An engagement's SLA clocks at `now`: time to respond and time to restore
 * from engagement, and — once they have responded, until restored — the
 * next update their contract owes, counted from the last one. A released
 * engagement's running clocks stop where they were: they are not shown as
 * breached later.
 */
export function vendorSlaClocks(engagement: VendorEngagementDoc, now: Date): SlaClock[] {
  const nowMs = engagement.releasedAt ? Date.parse(engagement.releasedAt) : now.getTime();
  const start = Date.parse(engagement.engagedAt);
  const { sla } = engagement;
  const clocks = [
    clock('respond', start, sla.respondMinutes, engagement.respondedAt, nowMs),
    clock('restore', start, sla.restoreMinutes, engagement.restoredAt, nowMs),
  ];
  const heard = lastHeardAt(engagement);
  if (engagement.respondedAt && !engagement.restoredAt && heard !== undefined)
    clocks.push(clock('update', heard, sla.updateEveryMinutes, undefined, nowMs));
  return clocks;
}

export const breachedClocks = (engagement: VendorEngagementDoc, now: Date) =>
  vendorSlaClocks(engagement, now).filter((c) => c.state === 'breached' || c.state === 'met-late');
