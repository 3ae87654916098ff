import {
  ClassificationCriteriaError,
  complianceFlagsFor,
  describeSeverity,
  incidentTypeRule,
  isAtLeast,
  raisedComplianceFlags,
  recommendDeclaration,
  severityFor,
  type ClassificationCriteria,
  type DeclarationAnswers,
} from '../classification/index.ts';
import { invalidInput } from '../commands/errors.ts';
import type { IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import type { IncidentDoc } from '../schema/incident.ts';

export interface DeclarationClassificationInput {
  type: IncidentType;
  answers?: DeclarationAnswers | undefined;
  impact?: string | undefined;
  urgency?: string | undefined;
}

export interface DeclarationClassification {
  classification: NonNullable<IncidentDoc['classification']>;
  complianceFlags: string[];
  /** Whether the criteria say to declare at all (only known from answers). */
  declare?: boolean;
}

function checkLevel(levels: readonly { id: string }[], value: string, field: string): void {
  if (!levels.some((l) => l.id === value))
    throw invalidInput([
      {
        field,
        reason: `unknown ${field} "${value}"; use one of ${levels.map((l) => l.id).join(', ')}`,
      },
    ]);
}

/** The matrix severity for an explicit impact × urgency, raised to the incident type's floor. */
function matrixClassification(
  criteria: ClassificationCriteria,
  input: DeclarationClassificationInput,
): { impact: string; urgency: string; severity: Severity; reasons: string[] } {
  if (!input.impact)
    throw invalidInput([{ field: 'impact', reason: 'give the impact with the urgency' }]);
  const urgency = input.urgency ?? criteria.defaultUrgency;
  checkLevel(criteria.impactLevels, input.impact, 'impact');
  checkLevel(criteria.urgencyLevels, urgency, 'urgency');
  let severity = severityFor(criteria, input.impact, urgency);
  const reasons = [
    `Impact ${input.impact} × urgency ${urgency} gives ${describeSeverity(severity)}`,
  ];
  const rule = incidentTypeRule(criteria, input.type);
  if (rule?.minSeverity && !isAtLeast(severity, rule.minSeverity)) {
    severity = rule.minSeverity;
    reasons.push(
      `${rule.label} incidents start at ${describeSeverity(rule.minSeverity)} or higher`,
    );
  }
  return { impact: input.impact, urgency, severity, reasons };
}

function fromAnswers(
  criteria: ClassificationCriteria,
  input: DeclarationClassificationInput,
  answers: DeclarationAnswers,
) {
  if (input.impact)
    throw invalidInput([
      {
        field: 'impact',
        reason: 'impact is worked out from the answers; send the answers or an impact, not both',
      },
    ]);
  try {
    return recommendDeclaration(criteria, {
      ...answers,
      incidentType: answers.incidentType ?? input.type,
      ...(input.urgency ? { urgency: input.urgency } : {}),
    });
  } catch (error) {
    if (error instanceof ClassificationCriteriaError)
      throw invalidInput([
        { field: input.urgency ? 'urgency' : 'answers.urgency', reason: error.message },
      ]);
    throw error;
  }
}

/**
 * How a declaration is classified under the criteria in effect: the version,
 * the impact × urgency and recommended severity when answers or levels are
 * given, with the reasons, and the compliance flags of the incident type.
 */
export function classifyDeclaration(
  criteria: ClassificationCriteria,
  input: DeclarationClassificationInput,
): DeclarationClassification {
  const complianceFlags = raisedComplianceFlags(complianceFlagsFor(criteria, input.type));
  const criteriaVersion = criteria.version;
  if (input.answers) {
    const recommendation = fromAnswers(criteria, input, input.answers);
    return {
      classification: {
        criteriaVersion,
        impact: recommendation.impact,
        urgency: recommendation.urgency,
        recommendedSeverity: recommendation.severity,
        answers: { ...input.answers },
        reasons: recommendation.reasons.slice(0, 20),
      },
      complianceFlags,
      declare: recommendation.declare,
    };
  }
  if (input.impact || input.urgency) {
    const matrix = matrixClassification(criteria, input);
    return {
      classification: {
        criteriaVersion,
        impact: matrix.impact,
        urgency: matrix.urgency,
        recommendedSeverity: matrix.severity,
        reasons: matrix.reasons,
      },
      complianceFlags,
    };
  }
  return { classification: { criteriaVersion }, complianceFlags };
}
