/** Default impact levels, most severe first. Organisations may rename or add levels. */
export const DEFAULT_IMPACT_LEVELS = ['extensive', 'significant', 'moderate', 'minor'] as const;
/** Default urgency levels, most urgent first. */
export const DEFAULT_URGENCY_LEVELS = ['critical', 'high', 'medium', 'low'] as const;

/** How many customers an incident touches, least first: answers to "customers affected?". */
export const CUSTOMER_REACH = ['none', 'few', 'many', 'all'] as const;
export type CustomerReach = (typeof CUSTOMER_REACH)[number];

/** Legal and compliance flags an incident type carries; they later start regulatory clocks. */
export const COMPLIANCE_FLAGS = [
  'personalData',
  'healthData',
  'financialReporting',
  'criticalInfrastructure',
] as const;
export type ComplianceFlag = (typeof COMPLIANCE_FLAGS)[number];
