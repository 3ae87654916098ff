/** Decisions whose authority the organisation assigns in the decision-authority matrix. */
export const DECISIONS = [
  'declare-major-incident',
  'raise-severity',
  'lower-severity',
  'engage-external-communications',
  'authorise-emergency-change',
  'invoke-vendor-support',
  'close-incident',
  'direct-command-structure',
] as const;
export type Decision = (typeof DECISIONS)[number];

/** How a decision reads after "may": "Only the Incident Commander may close the incident". */
export const DECISION_PHRASES: Record<Decision, string> = {
  'declare-major-incident': 'declare a major incident',
  'raise-severity': 'raise the severity',
  'lower-severity': 'lower the severity',
  'engage-external-communications': 'engage external communications',
  'authorise-emergency-change': 'authorise an emergency change',
  'invoke-vendor-support': 'invoke vendor support',
  'close-incident': 'close the incident',
  'direct-command-structure': 'direct the command structure',
};

/**
 * Decisions added after matrices were first adopted: a matrix that does not
 * list one answers it with its stand-in's chain, so older workspaces keep
 * working until an administrator adopts a matrix that names it.
 */
export const DECISION_STAND_INS: Partial<Record<Decision, Decision>> = {
  'direct-command-structure': 'raise-severity',
};
