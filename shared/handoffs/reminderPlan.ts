import { ACTIVE_STATUSES } from '../domain/incident.ts';
import type { OnCallRotation } from '../oncall/index.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { commanderOf } from './briefCommandSupport.ts';
import { currentShiftOf, reminderDueAt, reminderEntryId, reminderKeyOf } from './leadShift.ts';

/** A reminder the scheduler is to give: the input of remindHandoff, and where it is recorded. */
export interface PlannedReminder {
  incidentId: string;
  outgoingLeadId: string;
  shiftEndsAt: string;
  rotationName: string;
  dueAt: string;
  entryId: string;
}

/**
 * Which handoff reminders are due at `now` and when to look again: for each
 * active incident, its commander's shift (from the rotations) and the moment
 * `minutesBefore` its end. `given` holds the reminder entry ids already on
 * the timeline, so nothing is given twice.
 */
export function planReminders(
  incidents: readonly IncidentDoc[],
  rotations: readonly OnCallRotation[],
  minutesBefore: number,
  now: Date,
  given: ReadonlySet<string>,
): { due: PlannedReminder[]; nextCheckAt?: Date } {
  const due: PlannedReminder[] = [];
  let next: number | undefined;
  const later = (at: number) => {
    if (at > now.getTime() && (next === undefined || at < next)) next = at;
  };
  for (const incident of incidents) {
    if (!ACTIVE_STATUSES.includes(incident.status)) continue;
    const commander = commanderOf(incident);
    if (!commander) continue;
    const shift = currentShiftOf(rotations, commander, now);
    if (!shift) continue;
    const dueAt = reminderDueAt(shift.endsAt, minutesBefore);
    const entryId = reminderEntryId(incident.id, reminderKeyOf(commander, shift.endsAt));
    // After the shift ends the commander is on a new shift (or none): look again then.
    later(Date.parse(shift.endsAt));
    if (dueAt.getTime() > now.getTime()) {
      later(dueAt.getTime());
      continue;
    }
    if (given.has(entryId)) continue;
    due.push({
      incidentId: incident.id,
      outgoingLeadId: commander,
      shiftEndsAt: shift.endsAt,
      rotationName: shift.rotationName,
      dueAt: dueAt.toISOString(),
      entryId,
    });
  }
  return { due, ...(next !== undefined ? { nextCheckAt: new Date(next) } : {}) };
}
