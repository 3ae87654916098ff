import type { Decision } from '../authority/index.ts';
import type { CommandContext, DocumentWrite } from '../commands/command.ts';
import type { DecisionDoc } from '../schema/decision.ts';
import type { AllowedRuling } from './incidentAuthority.ts';

/** An entry for the append-only decision log: what, why, by whom and on whose authority. */
export function decisionWrite(
  context: CommandContext,
  incidentId: string,
  decision: Decision,
  text: { summary: string; rationale: string },
  ruling: AllowedRuling,
): DocumentWrite & { kind: 'decisions' } {
  const document: DecisionDoc = {
    id: context.newId('dec'),
    incidentId,
    decision,
    summary: text.summary,
    rationale: text.rationale,
    takenBy: context.actor.id,
    basis: ruling.basis,
    ...(ruling.basis === 'fallback' ? { fallbackIndex: ruling.fallbackIndex } : {}),
    authority: ruling.reason.slice(0, 1000),
    at: context.now.toISOString(),
    hlc: context.nextHlc(),
  };
  return { kind: 'decisions', document };
}
