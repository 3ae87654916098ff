import { nextHandoff, whoIsOnCall, type OnCallRotation } from '../oncall/index.ts';

/** The shift a lead is on now: which rotation, when it ends, who is on call next. */
export interface LeadShift {
  rotationId: string;
  rotationName: string;
  personId: string;
  endsAt: string;
  /** Who takes the rotation over at the end of the shift; undefined when nobody does. */
  nextPersonId?: string;
}

/**
 * The lead's current on-call shift: of the rotations they are on call for at
 * `now`, the one whose shift ends first (that is when they hand over).
 * Undefined when the lead is on no rotation, so no shift end is known.
 */
export function currentShiftOf(
  rotations: readonly OnCallRotation[],
  personId: string,
  now: Date,
): LeadShift | undefined {
  let best: LeadShift | undefined;
  for (const rotation of rotations) {
    if (whoIsOnCall(rotation, now)?.personId !== personId) continue;
    const handoff = nextHandoff(rotation, now);
    if (!handoff) continue;
    const endsAt = handoff.at.toISOString();
    if (best && best.endsAt <= endsAt) continue;
    best = {
      rotationId: rotation.id,
      rotationName: rotation.name,
      personId,
      endsAt,
      ...(handoff.to ? { nextPersonId: handoff.to.personId } : {}),
    };
  }
  return best;
}

/** `<lead>@<shift end>`: one reminder per lead per shift, whatever restarts happen. */
export function reminderKeyOf(personId: string, shiftEndsAt: string): string {
  return `${personId}@${shiftEndsAt}`;
}

/** When the reminder for a shift is due. */
export function reminderDueAt(shiftEndsAt: string, minutesBefore: number): Date {
  return new Date(Date.parse(shiftEndsAt) - minutesBefore * 60_000);
}

/** FNV-1a, 32 bits, from a seed: enough to give a reminder a short fixed id. */
function fnv1a(text: string, seed: number): string {
  let hash = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

/**
 * The timeline entry id of a reminder: fixed by incident, lead and shift end,
 * so the append-only timeline itself refuses a second reminder for a shift.
 */
export function reminderEntryId(incidentId: string, reminderKey: string): string {
  const text = `${incidentId}|${reminderKey}`;
  return `tl-handoff-reminder-${fnv1a(text, 0x811c9dc5)}${fnv1a(text, 0x01234567)}`;
}
