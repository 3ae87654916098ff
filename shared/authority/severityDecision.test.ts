import { describe, expect, it } from 'vitest';
import type { Severity } from '../domain/severity.ts';
import { declarationDecisions, severityChangeDecisions } from './severityDecision.ts';

describe('severityChangeDecisions', () => {
  it.each<[Severity, Severity, string[]]>([
    ['SEV3', 'SEV3', []],
    ['SEV3', 'SEV4', ['lower-severity']],
    ['SEV1', 'SEV3', ['lower-severity']],
    ['SEV4', 'SEV3', ['raise-severity']],
    ['SEV3', 'SEV2', ['raise-severity', 'declare-major-incident']],
    ['SEV4', 'SEV1', ['raise-severity', 'declare-major-incident']],
    ['SEV2', 'SEV1', ['raise-severity']],
  ])('%s → %s needs %j', (from, to, decisions) => {
    expect(severityChangeDecisions(from, to)).toEqual(decisions);
  });

  it('honours an organisation where only SEV1 is major', () => {
    expect(severityChangeDecisions('SEV3', 'SEV2', 'SEV1')).toEqual(['raise-severity']);
  });
});

describe('declarationDecisions', () => {
  it.each<[Severity, string[]]>([
    ['SEV1', ['declare-major-incident']],
    ['SEV2', ['declare-major-incident']],
    ['SEV3', []],
  ])('declaring at %s needs %j', (severity, decisions) => {
    expect(declarationDecisions(severity)).toEqual(decisions);
  });
});
