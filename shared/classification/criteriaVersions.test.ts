import { describe, expect, it } from 'vitest';
import defaults from '../../resources/framework/classification.json' with { type: 'json' };
import { criteriaInEffect, isReviewOverdue } from './criteriaVersions.ts';
import { ClassificationCriteriaError, NoCriteriaInEffectError } from './errors.ts';
import { parseClassificationCriteria } from './parseCriteria.ts';

const v2026 = parseClassificationCriteria(defaults);
const v2027 = parseClassificationCriteria({
  ...defaults,
  version: '2027.1',
  effectiveFrom: '2027-01-01',
  nextReviewDue: '2027-12-01',
});

function problemsOf(input: unknown) {
  try {
    parseClassificationCriteria(input);
  } catch (error) {
    if (error instanceof ClassificationCriteriaError) return error.problems;
    throw error;
  }
  return [];
}

describe('criteria validation', () => {
  it.each([
    ['exactly 12 months', '2027-01-01', []],
    ['12 months and a day', '2027-01-02', ['nextReviewDue']],
    ['before it takes effect', '2025-12-31', ['nextReviewDue']],
  ])('review due %s after effectiveFrom', (_label, nextReviewDue, fields) => {
    expect(problemsOf({ ...defaults, nextReviewDue }).map((p) => p.field)).toEqual(fields);
  });

  it('says the review window is 12 months', () => {
    expect(() => parseClassificationCriteria({ ...defaults, nextReviewDue: '2027-06-01' })).toThrow(
      'Classification criteria are not valid — nextReviewDue: criteria must be reviewed at most 12 months after they take effect',
    );
  });

  it('finds a missing matrix cell and unknown levels', () => {
    const matrix = {
      ...defaults.matrix,
      minor: { critical: 'SEV3', high: 'SEV4', medium: 'SEV5' },
    };
    const thresholds = [{ ...defaults.thresholds[0], minImpact: 'cosmic' }];
    expect(problemsOf({ ...defaults, matrix, thresholds }).map((p) => p.field)).toEqual([
      'matrix.minor.low',
      'thresholds.0.minImpact',
    ]);
  });

  it('rejects an incident type listed twice', () => {
    const incidentTypes = [...defaults.incidentTypes, defaults.incidentTypes[0]];
    expect(problemsOf({ ...defaults, incidentTypes }).map((p) => p.field)).toContain(
      'incidentTypes',
    );
  });
});

describe('isReviewOverdue', () => {
  it.each([
    ['2026-06-01T00:00:00Z', false],
    ['2026-12-30T23:59:59Z', false],
    ['2026-12-31T00:00:00Z', true],
    ['2027-03-01T00:00:00Z', true],
  ])('at %s → %s', (now, overdue) => {
    expect(isReviewOverdue(v2026, new Date(now))).toBe(overdue);
  });
});

describe('criteriaInEffect', () => {
  it.each([
    ['2026-01-01T00:00:00Z', '2026.1'],
    ['2026-12-31T23:59:59Z', '2026.1'],
    ['2027-01-01T00:00:00Z', '2027.1'],
    ['2030-01-01T00:00:00Z', '2027.1'],
  ])('at %s → %s', (at, version) => {
    expect(criteriaInEffect([v2027, v2026], new Date(at)).version).toBe(version);
  });

  it('names the earliest version when asked about a time before it', () => {
    expect(() => criteriaInEffect([v2026], new Date('2025-06-01T00:00:00Z'))).toThrow(
      new NoCriteriaInEffectError(
        'No classification criteria were in effect on 2025-06-01T00:00:00.000Z; the earliest version starts 2026-01-01',
      ),
    );
  });

  it('says what to import when nothing is published', () => {
    expect(() => criteriaInEffect([], new Date('2026-11-26T10:00:00Z'))).toThrow(
      NoCriteriaInEffectError,
    );
  });
});
