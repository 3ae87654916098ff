import { changePointsBetween } from './changePoints.ts';
import { ScheduleRangeError } from './errors.ts';
import type { OnCallRotation } from './rotationSchema.ts';
import { assignmentAt, type OnCallAssignment } from './whoIsOnCall.ts';

const DAY = 86_400_000;
/** Longest window shiftsBetween lists; a year and a bit covers annual reports. */
export const MAX_SCHEDULE_DAYS = 400;
const HANDOFF_SEARCH_CHUNK = 14 * DAY;

/** A continuous stretch one person is on call for the same reason. */
export type OnCallShift = OnCallAssignment & { start: Date; end: Date };

export interface Handoff {
  at: Date;
  from: OnCallAssignment | null;
  to: OnCallAssignment | null;
}

function sameShift(a: OnCallAssignment | null, b: OnCallAssignment | null): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The final schedule between two times: overrides and layers resolved, gaps left out, clipped to [from, to). */
export function shiftsBetween(rotation: OnCallRotation, from: Date, to: Date): OnCallShift[] {
  const start = from.getTime();
  const end = to.getTime();
  if (end <= start) return [];
  if (end - start > MAX_SCHEDULE_DAYS * DAY)
    throw new ScheduleRangeError(
      `Ask for at most ${MAX_SCHEDULE_DAYS} days of the ${rotation.name} schedule at a time`,
    );
  const edges = [start, ...changePointsBetween(rotation, start, end), end];
  const shifts: OnCallShift[] = [];
  let previous: OnCallAssignment | null = null;
  for (let i = 0; i + 1 < edges.length; i++) {
    const segmentStart = edges[i] ?? start;
    const segmentEnd = edges[i + 1] ?? end;
    const assignment = assignmentAt(rotation, segmentStart);
    const last = shifts.at(-1);
    if (last && assignment && sameShift(previous, assignment)) last.end = new Date(segmentEnd);
    else if (assignment)
      shifts.push({ ...assignment, start: new Date(segmentStart), end: new Date(segmentEnd) });
    previous = assignment;
  }
  return shifts;
}

/** The next moment after `at` when the person on call changes (to someone, or to nobody); null if none within the search horizon. */
export function nextHandoff(rotation: OnCallRotation, at: Date): Handoff | null {
  const current = assignmentAt(rotation, at.getTime());
  const horizon = at.getTime() + MAX_SCHEDULE_DAYS * DAY;
  for (let from = at.getTime(); from < horizon; from += HANDOFF_SEARCH_CHUNK) {
    for (const point of changePointsBetween(rotation, from, from + HANDOFF_SEARCH_CHUNK + 1)) {
      const next = assignmentAt(rotation, point);
      if (next?.personId !== current?.personId)
        return { at: new Date(point), from: current, to: next };
    }
  }
  return null;
}
