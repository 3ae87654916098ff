import type { HandoffDoc } from '../schema/handoff.ts';
import { briefTime } from './briefTime.ts';

/**
 * The closing block of a printed brief: who handed over and who accepted
 * command, when, and the incoming lead's questions. A brief printed before
 * it is acknowledged gets lines to sign, so a handover done on paper (the
 * network down) is still recorded by both people.
 */
export function acknowledgementLines(
  brief: Pick<
    HandoffDoc,
    'outgoingLeadId' | 'incomingLeadId' | 'submittedAt' | 'acknowledgedAt' | 'questions'
  >,
  nameOf: (personId: string) => string,
): string[] {
  const outgoing = nameOf(brief.outgoingLeadId);
  const incoming = nameOf(brief.incomingLeadId);
  const handed = brief.submittedAt
    ? `Handed over by ${outgoing} (outgoing lead), submitted ${briefTime(brief.submittedAt)}.`
    : `Outgoing lead ${outgoing}: signature ____________________ time ____________ UTC`;
  const accepted = brief.acknowledgedAt
    ? `Accepted by ${incoming} (incoming lead), who took command ${briefTime(brief.acknowledgedAt)}.`
    : `Incoming lead ${incoming}: signature ____________________ time ____________ UTC`;
  const questions = brief.questions?.trim()
    ? `Questions asked at handover: ${brief.questions.trim()}`
    : brief.acknowledgedAt
      ? 'No questions were recorded at handover.'
      : 'Questions asked at handover: ____________________________________________';
  return [handed, accepted, questions];
}
