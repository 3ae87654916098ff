import { defineSharedFeature } from '../feature.ts';
import { correctAwareness } from './commands/correctAwareness.ts';
import { recordObligationFiling } from './commands/recordObligationFiling.ts';

/**
 * Regulatory compliance: the obligations an incident's classification
 * brings, their legal clocks (obligations.ts, docs/compliance.md) and the
 * filings that meet them.
 */
export const complianceFeature = defineSharedFeature({
  name: 'compliance',
  commands: { recordObligationFiling, correctAwareness },
});
