import { describe, expect, it } from 'vitest';
import classification from '../../resources/framework/classification.json' with { type: 'json' };
import type { FrameworkDoc } from '../schema/framework.ts';
import { frameworkDefinition, previewDeclaration } from './index.ts';

const answers = {
  customersAffected: 'few',
  dataExposed: false,
  regulatedData: true,
  revenueImpact: false,
  safetyImpact: false,
  serviceTier: 3,
} as const;

function criteriaDoc(version: string, effectiveFrom: string, nextReviewDue: string): FrameworkDoc {
  const definition = frameworkDefinition('classificationCriteria').parse({
    ...classification,
    version,
    effectiveFrom,
    nextReviewDue,
  });
  return {
    id: `classification-${version}`,
    kind: 'classificationCriteria',
    name: version,
    definition,
    hlc: '1',
  };
}

describe('previewDeclaration', () => {
  it('recommends from the criteria version in effect at the time asked', () => {
    const docs = [
      criteriaDoc('2026.1', '2026-01-01', '2026-12-31'),
      criteriaDoc('2027.1', '2027-01-01', '2027-12-31'),
    ];
    const now = previewDeclaration(docs, answers, new Date('2026-11-26T10:00:00Z'));
    expect(now).toMatchObject({ declare: true, severity: 'SEV2', criteriaVersion: '2026.1' });
    expect(
      previewDeclaration(docs, answers, new Date('2027-02-01T00:00:00Z'))?.criteriaVersion,
    ).toBe('2027.1');
  });

  it('gives nothing when no criteria are adopted or in effect yet', () => {
    expect(previewDeclaration([], answers, new Date('2026-11-26T10:00:00Z'))).toBeUndefined();
    const future = [criteriaDoc('2030.1', '2030-01-01', '2030-06-30')];
    expect(previewDeclaration(future, answers, new Date('2026-11-26T10:00:00Z'))).toBeUndefined();
  });
});
