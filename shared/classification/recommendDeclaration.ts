import type { Severity } from '../domain/severity.ts';
import type { ClassificationCriteria, ComplianceFlags } from './criteriaSchema.ts';
import type { DeclarationAnswers } from './declarationAnswers.ts';
import { ClassificationCriteriaError } from './errors.ts';
import { complianceFlagsFor, incidentTypeRule } from './incidentTypes.ts';
import {
  describeSeverity,
  isAtLeast,
  mostSeriousLevel,
  mostSevere,
  severityFor,
} from './severityMatrix.ts';
import { thresholdMatches } from './thresholdMatches.ts';

export interface DeclarationRecommendation {
  declare: boolean;
  severity: Severity;
  impact: string;
  urgency: string;
  /** Ids of the thresholds the answers tripped. */
  triggered: string[];
  /** Why, in words a commander can repeat on a bridge call. */
  reasons: string[];
  /** From the incident type; an incident without a type is treated as "other". */
  compliance: ComplianceFlags;
  criteriaVersion: string;
}

interface Floors {
  impact: string;
  urgency: string;
  severity: Severity | undefined;
  declare: boolean;
  triggered: string[];
  reasons: string[];
}

function applyThresholds(criteria: ClassificationCriteria, answers: DeclarationAnswers): Floors {
  const lowestImpact = criteria.impactLevels[criteria.impactLevels.length - 1]?.id ?? '';
  const urgency = answers.urgency ?? criteria.defaultUrgency;
  if (!criteria.urgencyLevels.some((l) => l.id === urgency))
    throw new ClassificationCriteriaError(
      `Unknown urgency "${urgency}"; choose one of ${criteria.urgencyLevels.map((l) => l.id).join(', ')}`,
    );
  const floors: Floors = {
    impact: lowestImpact,
    urgency,
    severity: undefined,
    declare: false,
    triggered: [],
    reasons: [],
  };
  // One reason per question: "all customers" also trips "many" and "some", which say less.
  const explained = new Set<string>();
  for (const threshold of criteria.thresholds) {
    if (!thresholdMatches(threshold, answers)) continue;
    if (threshold.minImpact)
      floors.impact = mostSeriousLevel(criteria.impactLevels, floors.impact, threshold.minImpact);
    if (threshold.minUrgency)
      floors.urgency = mostSeriousLevel(
        criteria.urgencyLevels,
        floors.urgency,
        threshold.minUrgency,
      );
    if (threshold.minSeverity)
      floors.severity = floors.severity
        ? mostSevere(floors.severity, threshold.minSeverity)
        : threshold.minSeverity;
    floors.declare ||= threshold.declare;
    floors.triggered.push(threshold.id);
    if (!explained.has(threshold.when.question) && !floors.reasons.includes(threshold.reason))
      floors.reasons.push(threshold.reason);
    explained.add(threshold.when.question);
  }
  return floors;
}

/** The matrix severity, raised to the threshold and incident-type floors, with the reasons. */
function flooredSeverity(
  criteria: ClassificationCriteria,
  floors: Floors,
  answers: DeclarationAnswers,
): { severity: Severity; reasons: string[] } {
  const matrixSeverity = severityFor(criteria, floors.impact, floors.urgency);
  const reasons = [
    `Impact ${floors.impact} × urgency ${floors.urgency} gives ${describeSeverity(matrixSeverity)}`,
  ];
  let severity = matrixSeverity;
  if (floors.severity && !isAtLeast(severity, floors.severity)) {
    severity = floors.severity;
    reasons.push(`Raised to ${describeSeverity(severity)} by the thresholds above`);
  }
  const typeRule = answers.incidentType
    ? incidentTypeRule(criteria, answers.incidentType)
    : undefined;
  if (typeRule?.minSeverity && !isAtLeast(severity, typeRule.minSeverity)) {
    severity = typeRule.minSeverity;
    reasons.push(
      `${typeRule.label} incidents start at ${describeSeverity(typeRule.minSeverity)} or higher`,
    );
  }
  return { severity, reasons };
}

/**
 * Recommend a severity and whether to declare at all from the threshold
 * questions, so that teams neither over-triage nor miss business impact.
 */
export function recommendDeclaration(
  criteria: ClassificationCriteria,
  answers: DeclarationAnswers,
): DeclarationRecommendation {
  const floors = applyThresholds(criteria, answers);
  const { severity, reasons: severityReasons } = flooredSeverity(criteria, floors, answers);
  const reasons = [...floors.reasons, ...severityReasons];
  const meetsThreshold = isAtLeast(severity, criteria.declareAtOrAbove);
  if (meetsThreshold)
    reasons.push(
      `${severity} is at or above the declaration threshold ${criteria.declareAtOrAbove}`,
    );
  const declare = floors.declare || meetsThreshold;
  if (!declare)
    reasons.push(
      `No answer requires a declaration and ${severity} is below the declaration threshold ` +
        `${criteria.declareAtOrAbove}: handle it as a ticket and reassess if the answers change`,
    );
  return {
    declare,
    severity,
    impact: floors.impact,
    urgency: floors.urgency,
    triggered: floors.triggered,
    reasons,
    compliance: complianceFlagsFor(criteria, answers.incidentType ?? 'other'),
    criteriaVersion: criteria.version,
  };
}
