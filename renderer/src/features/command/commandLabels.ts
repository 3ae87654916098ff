import type { ComplianceFlag } from '../../../../shared/classification/index.ts';

const COMPLIANCE_FLAG_LABELS: Record<ComplianceFlag, string> = {
  personalData: 'Personal data',
  healthData: 'Health data',
  financialReporting: 'Financial reporting',
  criticalInfrastructure: 'Critical infrastructure',
};

export function complianceFlagLabel(flag: string): string {
  return COMPLIANCE_FLAG_LABELS[flag as ComplianceFlag] ?? flag;
}

export const AVAILABILITY_LABELS = {
  available: 'Available',
  away: 'Away',
  'off-shift': 'Off shift',
} as const;

export function availabilityLabel(status: string | undefined): string {
  return AVAILABILITY_LABELS[(status ?? 'available') as keyof typeof AVAILABILITY_LABELS] ?? status;
}
