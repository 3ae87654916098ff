import type { DeclarationThreshold } from './criteriaSchema.ts';
import type { DeclarationAnswers } from './declarationAnswers.ts';
import { CUSTOMER_REACH } from './levels.ts';

/** Whether the answers trip one declaration threshold. */
export function thresholdMatches(
  threshold: DeclarationThreshold,
  answers: DeclarationAnswers,
): boolean {
  const when = threshold.when;
  switch (when.question) {
    case 'customersAffected':
      return (
        CUSTOMER_REACH.indexOf(answers.customersAffected) >= CUSTOMER_REACH.indexOf(when.atLeast)
      );
    case 'serviceTier':
      return answers.serviceTier <= when.atMost;
    case 'dataExposed':
    case 'regulatedData':
    case 'revenueImpact':
    case 'safetyImpact':
      return answers[when.question];
  }
}
