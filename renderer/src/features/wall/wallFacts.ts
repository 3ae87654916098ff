import { briefDuration } from '../../../../shared/handoffs/briefTime.ts';
import type { LeadShift } from '../../../../shared/handoffs/leadShift.ts';
import type { CadenceView } from '../communications/communicationView.ts';

/** A fact on an overview row: the words, and whether the room must act on it. */
export interface WallFact {
  text: string;
  tone: 'ok' | 'soon' | 'late' | 'none';
}

/** Within this long the next stakeholder update or handoff is "soon" (amber). */
export const SOON_MINUTES = 10;
const HANDOFF_SOON_MINUTES = 60;

/** The most urgent stakeholder update of an incident: overdue first, then the soonest due. */
export function nextUpdateFact(
  views: readonly CadenceView[],
  audienceName: (id: string) => string,
  time: (at: string) => string,
): WallFact {
  const next = views[0];
  if (!next) return { text: 'No updates scheduled', tone: 'none' };
  const audience = audienceName(next.cadence.audienceId);
  if (next.status === 'overdue')
    return { text: `OVERDUE ${Math.max(1, -next.minutesLeft)} min · ${audience}`, tone: 'late' };
  const tone = next.minutesLeft <= SOON_MINUTES ? 'soon' : 'ok';
  return {
    text: `${time(next.cadence.nextDueAt ?? '')} · in ${briefDuration(next.minutesLeft * 60_000)} · ${audience}`,
    tone,
  };
}

/** When the commander's shift ends (the handoff due), from the on-call rotation. */
export function handoffFact(
  shift: LeadShift | undefined,
  nowMs: number,
  time: (at: string) => string,
): WallFact {
  if (!shift) return { text: 'Not on a rotation', tone: 'none' };
  const left = Date.parse(shift.endsAt) - nowMs;
  if (left <= 0) return { text: `${time(shift.endsAt)} · shift over`, tone: 'late' };
  const tone = left <= HANDOFF_SOON_MINUTES * 60_000 ? 'soon' : 'ok';
  return { text: `${time(shift.endsAt)} · in ${briefDuration(left)}`, tone };
}
