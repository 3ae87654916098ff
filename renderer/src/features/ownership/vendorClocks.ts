import type { SlaClock } from '../../../../shared/ownership/vendors/slaClocks.ts';

const NAMES = { respond: 'Respond', restore: 'Restore', update: 'Next update' };

/** One SLA clock in words: what it is, when it is due (with zone) and where it stands. */
export function describeClock(clock: SlaClock, dateTime: (iso: string) => string): string {
  const due = `${NAMES[clock.name]} by ${dateTime(clock.dueAt)}`;
  switch (clock.state) {
    case 'met':
      return `${due}: met at ${dateTime(clock.metAt ?? clock.dueAt)}`;
    case 'met-late':
      return `${due}: met late at ${dateTime(clock.metAt ?? clock.dueAt)} (SLA breached)`;
    case 'breached':
      return `${due}: BREACHED ${-(clock.minutesLeft ?? 0)} min ago`;
    case 'due-soon':
      return `${due}: due in ${clock.minutesLeft ?? 0} min`;
    case 'running':
      return `${due}: ${clock.minutesLeft ?? 0} min left`;
  }
}

export const isBreach = (clock: SlaClock) =>
  clock.state === 'breached' || clock.state === 'met-late';
