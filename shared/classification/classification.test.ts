import { describe, expect, it } from 'vitest';
import defaults from '../../resources/framework/classification.json' with { type: 'json' };
import type { Severity } from '../domain/severity.ts';
import type { DeclarationAnswers } from './declarationAnswers.ts';
import { ClassificationCriteriaError } from './errors.ts';
import { complianceFlagsFor, raisedComplianceFlags } from './incidentTypes.ts';
import { parseClassificationCriteria } from './parseCriteria.ts';
import { recommendDeclaration } from './recommendDeclaration.ts';
import { severityFor } from './severityMatrix.ts';

const criteria = parseClassificationCriteria(defaults);

const quiet: DeclarationAnswers = {
  customersAffected: 'none',
  dataExposed: false,
  regulatedData: false,
  revenueImpact: false,
  safetyImpact: false,
  serviceTier: 4,
};

describe('default criteria (resources/framework/classification.json)', () => {
  it('parses and covers every incident type', () => {
    expect(criteria.version).toBe('2026.1');
    expect(criteria.incidentTypes.map((t) => t.type)).toHaveLength(8);
  });

  it.each([
    ['extensive', 'critical', 'SEV1'],
    ['extensive', 'low', 'SEV3'],
    ['significant', 'high', 'SEV2'],
    ['moderate', 'medium', 'SEV4'],
    ['minor', 'low', 'SEV5'],
    ['minor', 'critical', 'SEV3'],
  ] as const)('impact %s × urgency %s → %s', (impact, urgency, expected) => {
    expect(severityFor(criteria, impact, urgency)).toBe(expected);
  });

  it('names the valid levels when asked for an unknown one', () => {
    expect(() => severityFor(criteria, 'catastrophic', 'high')).toThrow(
      /impact is one of extensive, significant, moderate, minor/,
    );
  });
});

describe('recommendDeclaration', () => {
  const cases: {
    name: string;
    answers: Partial<DeclarationAnswers>;
    declare: boolean;
    severity: Severity;
    triggered: string[];
  }[] = [
    {
      name: 'nothing affected on a tier 4 service',
      answers: {},
      declare: false,
      severity: 'SEV5',
      triggered: [],
    },
    {
      name: 'a few customers on a tier 3 service',
      answers: { customersAffected: 'few', serviceTier: 3 },
      declare: false,
      severity: 'SEV4',
      triggered: ['some-customers'],
    },
    {
      name: 'a few customers, urgent',
      answers: { customersAffected: 'few', urgency: 'high' },
      declare: true,
      severity: 'SEV3',
      triggered: ['some-customers'],
    },
    {
      name: 'many customers',
      answers: { customersAffected: 'many' },
      declare: true,
      severity: 'SEV3',
      triggered: ['many-customers', 'some-customers'],
    },
    {
      name: 'all customers',
      answers: { customersAffected: 'all' },
      declare: true,
      severity: 'SEV1',
      triggered: ['all-customers', 'many-customers', 'some-customers'],
    },
    {
      name: 'data exposed with no customer impact',
      answers: { dataExposed: true },
      declare: true,
      severity: 'SEV2',
      triggered: ['data-exposed'],
    },
    {
      name: 'regulated data involved',
      answers: { regulatedData: true },
      declare: true,
      severity: 'SEV2',
      triggered: ['regulated-data'],
    },
    {
      name: 'revenue impact',
      answers: { revenueImpact: true },
      declare: true,
      severity: 'SEV3',
      triggered: ['revenue'],
    },
    {
      name: 'safety impact',
      answers: { safetyImpact: true },
      declare: true,
      severity: 'SEV1',
      triggered: ['safety'],
    },
    {
      name: 'tier 1 service with no reported customers',
      answers: { serviceTier: 1 },
      declare: true,
      severity: 'SEV2',
      triggered: ['tier-1', 'tier-2'],
    },
    {
      name: 'tier 2 service, low urgency',
      answers: { serviceTier: 2, urgency: 'low' },
      declare: false,
      severity: 'SEV5',
      triggered: ['tier-2'],
    },
    {
      name: 'a security breach starts at SEV2',
      answers: { incidentType: 'security-breach' },
      declare: true,
      severity: 'SEV2',
      triggered: [],
    },
  ];

  it.each(cases)('$name → declare $declare at $severity', (c) => {
    const advice = recommendDeclaration(criteria, { ...quiet, ...c.answers });
    expect(advice).toMatchObject({
      declare: c.declare,
      severity: c.severity,
      criteriaVersion: '2026.1',
    });
    expect(advice.triggered).toEqual(c.triggered);
    expect(advice.reasons.length).toBeGreaterThan(0);
  });

  it('lists every reason once, the matrix cell and the threshold', () => {
    const advice = recommendDeclaration(criteria, {
      ...quiet,
      dataExposed: true,
      customersAffected: 'many',
    });
    expect(advice.reasons).toEqual([
      'Many customers are affected',
      'Data may have been exposed: breach-notification clocks may already be running',
      'Impact significant × urgency high gives SEV2 (Major)',
      'SEV2 is at or above the declaration threshold SEV3',
    ]);
  });

  it('says why not to declare, so nobody over-triages', () => {
    const advice = recommendDeclaration(criteria, quiet);
    expect(advice.reasons.at(-1)).toMatch(
      /below the declaration threshold SEV3: handle it as a ticket/,
    );
  });

  it('rejects an urgency the organisation does not use', () => {
    expect(() => recommendDeclaration(criteria, { ...quiet, urgency: 'whenever' })).toThrow(
      ClassificationCriteriaError,
    );
  });

  it('carries the incident type compliance flags', () => {
    const advice = recommendDeclaration(criteria, {
      ...quiet,
      incidentType: 'personal-data-breach',
    });
    expect(raisedComplianceFlags(advice.compliance)).toEqual(['personalData', 'healthData']);
  });
});

describe('compliance flags per incident type', () => {
  it.each([
    ['availability', ['criticalInfrastructure']],
    ['performance', []],
    ['security-breach', ['personalData', 'financialReporting', 'criticalInfrastructure']],
    ['personal-data-breach', ['personalData', 'healthData']],
    ['data-integrity', ['personalData', 'financialReporting']],
    ['other', []],
  ] as const)('%s → %j', (type, flags) => {
    expect(raisedComplianceFlags(complianceFlagsFor(criteria, type))).toEqual(flags);
  });

  it('gives each reason once: the widest customer reach, not every narrower one it implies', () => {
    const all = recommendDeclaration(criteria, {
      ...quiet,
      customersAffected: 'all',
      serviceTier: 1,
    });
    expect(all.triggered).toEqual([
      'all-customers',
      'many-customers',
      'some-customers',
      'tier-1',
      'tier-2',
    ]);
    expect(all.reasons.filter((r) => /customers are affected/.test(r))).toEqual([
      'All customers are affected',
    ]);
    expect(all.reasons.filter((r) => /tier/.test(r))).toEqual([
      'A tier 1 (business-critical) service is affected',
    ]);
    expect(new Set(all.reasons).size).toBe(all.reasons.length);
  });
});
