import { DECISION_PHRASES, DECISIONS, type Decision } from '../../../../shared/authority/index.ts';

/** "Raise the severity": a decision phrase as a heading or option. */
export function decisionTitle(decision: string): string {
  const phrase = DECISION_PHRASES[decision as Decision] ?? decision;
  return phrase.charAt(0).toUpperCase() + phrase.slice(1);
}

export const DECISION_OPTIONS = DECISIONS.map((decision) => ({
  value: decision,
  label: decisionTitle(decision),
}));
