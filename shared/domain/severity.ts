/** Default severity scale: SEV1 is the most severe. Organisations may relabel later. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4', 'SEV5'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const SEVERITY_LABELS: Record<Severity, string> = {
  SEV1: 'Critical',
  SEV2: 'Major',
  SEV3: 'Moderate',
  SEV4: 'Minor',
  SEV5: 'Informational',
};

/** Lower rank = more severe; used to sort wall displays. */
export function severityRank(severity: Severity): number {
  return SEVERITIES.indexOf(severity);
}
