import type { ComplianceFlag } from './index.ts';

/** The names people use for each compliance flag; the flag ids stay in data only. */
const COMPLIANCE_FLAG_LABELS: Record<ComplianceFlag, string> = {
  personalData: 'Personal data',
  healthData: 'Health data',
  financialReporting: 'Financial reporting',
  criticalInfrastructure: 'Critical infrastructure',
};

export function complianceFlagLabel(flag: string): string {
  return COMPLIANCE_FLAG_LABELS[flag as ComplianceFlag] ?? flag;
}

/** "Personal data, critical infrastructure". */
export function complianceFlagList(flags: readonly string[]): string {
  return flags
    .map((flag, index) => {
      const label = complianceFlagLabel(flag);
      return index === 0 ? label : label.charAt(0).toLowerCase() + label.slice(1);
    })
    .join(', ');
}
