import type { IncidentType } from '../domain/incident.ts';
import type {
  ClassificationCriteria,
  ComplianceFlags,
  IncidentTypeRule,
} from './criteriaSchema.ts';
import { COMPLIANCE_FLAGS, type ComplianceFlag } from './levels.ts';

const NO_FLAGS: ComplianceFlags = {
  personalData: false,
  healthData: false,
  financialReporting: false,
  criticalInfrastructure: false,
};

export function incidentTypeRule(
  criteria: ClassificationCriteria,
  type: IncidentType,
): IncidentTypeRule | undefined {
  return criteria.incidentTypes.find((rule) => rule.type === type);
}

/** The legal and compliance flags an incident type carries; an unlisted type carries none. */
export function complianceFlagsFor(
  criteria: ClassificationCriteria,
  type: IncidentType,
): ComplianceFlags {
  return { ...(incidentTypeRule(criteria, type)?.compliance ?? NO_FLAGS) };
}

/** The raised flags only, in a fixed order, e.g. for starting regulatory clocks. */
export function raisedComplianceFlags(flags: ComplianceFlags): ComplianceFlag[] {
  return COMPLIANCE_FLAGS.filter((flag) => flags[flag]);
}
