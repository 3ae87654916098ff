import type { ComplianceFlag } from '../classification/levels.ts';
import type { Severity } from '../domain/severity.ts';

/** What starts an obligation's clock. */
export type ClockStart =
  /** The incident's recorded awareness: the moment it was declared (docs/compliance.md). */
  | { event: 'awareness' }
  /** The filing of another obligation of the same incident. */
  | { event: 'filing'; obligationId: string };

/** How long the clock runs: exact hours (DST-safe), calendar days or calendar months. */
export type ClockLength =
  | { unit: 'hours'; amount: number }
  | { unit: 'days'; amount: number }
  | { unit: 'months'; amount: number };

export interface ObligationRule {
  /** Stable id, part of each filing's id. */
  id: string;
  regulation: string;
  /** The article or section that sets the clock. */
  citation: string;
  title: string;
  /** Who the submission goes to. */
  recipient: string;
  /** Applies when the incident carries this flag (and, if set, has one of these severities). */
  flag: ComplianceFlag;
  severities?: readonly Severity[];
  start: ClockStart;
  length: ClockLength;
}

/**
 * The rules encoded so far, with their clocks as the texts set them. A rule
 * applies from the incident's compliance flags (raised by its type in the
 * classification criteria) and, for DORA, its severity: SEV1 is read as
 * "classified as major".
 */
export const OBLIGATION_RULES: readonly ObligationRule[] = [
  {
    id: 'gdpr-33',
    regulation: 'GDPR',
    citation: 'Regulation (EU) 2016/679, Art. 33(1)',
    title: 'Notify the personal-data breach to the supervisory authority',
    recipient: 'Data-protection supervisory authority',
    flag: 'personalData',
    start: { event: 'awareness' },
    length: { unit: 'hours', amount: 72 },
  },
  {
    id: 'nis2-early-warning',
    regulation: 'NIS2',
    citation: 'Directive (EU) 2022/2555, Art. 23(4)(a)',
    title: 'Early warning of the significant incident',
    recipient: 'CSIRT or competent authority',
    flag: 'criticalInfrastructure',
    start: { event: 'awareness' },
    length: { unit: 'hours', amount: 24 },
  },
  {
    id: 'nis2-notification',
    regulation: 'NIS2',
    citation: 'Directive (EU) 2022/2555, Art. 23(4)(b)',
    title: 'Incident notification with initial assessment',
    recipient: 'CSIRT or competent authority',
    flag: 'criticalInfrastructure',
    start: { event: 'awareness' },
    length: { unit: 'hours', amount: 72 },
  },
  {
    id: 'nis2-final-report',
    regulation: 'NIS2',
    citation: 'Directive (EU) 2022/2555, Art. 23(4)(d)',
    title: 'Final report',
    recipient: 'CSIRT or competent authority',
    flag: 'criticalInfrastructure',
    start: { event: 'filing', obligationId: 'nis2-notification' },
    length: { unit: 'months', amount: 1 },
  },
  {
    id: 'dora-initial',
    regulation: 'DORA',
    citation:
      'Regulation (EU) 2022/2554, Art. 19(4)(a); Delegated Regulation (EU) 2025/301, Art. 5',
    title: 'Initial notification of the major ICT-related incident',
    recipient: 'Competent financial supervisor',
    flag: 'financialReporting',
    severities: ['SEV1'],
    start: { event: 'awareness' },
    length: { unit: 'hours', amount: 4 },
  },
  {
    id: 'hipaa-individuals',
    regulation: 'HIPAA',
    citation: '45 CFR §164.404(b)',
    title: 'Notify the affected individuals of the breach',
    recipient: 'Affected individuals',
    flag: 'healthData',
    start: { event: 'awareness' },
    length: { unit: 'days', amount: 60 },
  },
];

export function obligationRule(id: string): ObligationRule | undefined {
  return OBLIGATION_RULES.find((rule) => rule.id === id);
}
