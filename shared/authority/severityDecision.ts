import { severityRank, type Severity } from '../domain/severity.ts';
import type { Decision } from './decisions.ts';

/** Incidents at this severity or worse are major incidents (SEV1, SEV2 by default). */
export const DEFAULT_MAJOR_FROM: Severity = 'SEV2';

/**
 * The decisions a severity change needs authority for: raising or lowering,
 * plus declaring a major incident when it crosses into major territory.
 */
export function severityChangeDecisions(
  from: Severity,
  to: Severity,
  majorFrom: Severity = DEFAULT_MAJOR_FROM,
): Decision[] {
  if (from === to) return [];
  if (severityRank(to) > severityRank(from)) return ['lower-severity'];
  const becomesMajor =
    severityRank(to) <= severityRank(majorFrom) && severityRank(from) > severityRank(majorFrom);
  return becomesMajor ? ['raise-severity', 'declare-major-incident'] : ['raise-severity'];
}

/** The decisions declaring an incident at a severity needs authority for. */
export function declarationDecisions(
  severity: Severity,
  majorFrom: Severity = DEFAULT_MAJOR_FROM,
): Decision[] {
  return severityRank(severity) <= severityRank(majorFrom) ? ['declare-major-incident'] : [];
}
