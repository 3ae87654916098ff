import { AuthorityConfigError } from './errors.ts';
import { decisionAuthorityMatrix, type DecisionAuthorityMatrix } from './matrixSchema.ts';

/** Validate a decision-authority matrix; throws with every bad field. */
export function parseDecisionAuthorityMatrix(input: unknown): DecisionAuthorityMatrix {
  const parsed = decisionAuthorityMatrix.safeParse(input);
  if (!parsed.success)
    throw AuthorityConfigError.fromZod('Decision-authority matrix', parsed.error);
  return parsed.data;
}
