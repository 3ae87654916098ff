import { describe, expect, it } from 'vitest';
import defaults from '../../resources/framework/decision-authority.json' with { type: 'json' };
import type { AuthorityContext } from './authorityChain.ts';
import type { AvailabilityMap } from './availability.ts';
import type { Decision } from './decisions.ts';
import { AuthorityConfigError } from './errors.ts';
import { parseDecisionAuthorityMatrix } from './parseMatrix.ts';
import { resolveAuthority, type AuthorityRuling } from './resolveAuthority.ts';
import type { IncidentRoleAssignment } from './roles.ts';

const matrix = parseDecisionAuthorityMatrix(defaults);
const now = new Date('2026-05-04T10:00:00Z');
const minutesAgo = (m: number) => new Date(now.getTime() - m * 60_000).toISOString();

const names = {
  dana: 'Dana Ruiz',
  sam: 'Sam Lee',
  ana: 'Ana Costa',
  tom: 'Tom Whitfield',
  priya: 'Priya Raman',
};
const staffed: IncidentRoleAssignment[] = [
  { role: 'incident-commander', personId: 'dana' },
  { role: 'deputy-incident-commander', personId: 'sam' },
  { role: 'operations', personId: 'ana' },
];

function rule(
  decision: Decision,
  actorId: string,
  availability: AvailabilityMap = {},
  incidentRoles = staffed,
): AuthorityRuling {
  const context: AuthorityContext = { actorId, incidentRoles, availability, now, names };
  return resolveAuthority(matrix, decision, context);
}

describe('resolveAuthority with the default matrix', () => {
  it.each<[string, Decision, string, AvailabilityMap, Partial<AuthorityRuling>]>([
    ['the holder acts', 'close-incident', 'dana', {}, { allowed: true, basis: 'holder' }],
    [
      'the holder acts while marked away',
      'close-incident',
      'dana',
      { dana: { status: 'away' } },
      { allowed: true, basis: 'holder' },
    ],
    [
      'the deputy acts while the holder is present',
      'close-incident',
      'sam',
      {},
      { allowed: false },
    ],
    [
      'the deputy acts while the holder is away',
      'close-incident',
      'sam',
      { dana: { status: 'away' } },
      { allowed: true, basis: 'fallback', fallbackIndex: 0 },
    ],
    [
      'the deputy acts while the holder is off shift',
      'lower-severity',
      'sam',
      { dana: { status: 'off-shift' } },
      { allowed: true, basis: 'fallback', fallbackIndex: 0 },
    ],
    [
      'the holder was paged 16 min ago',
      'close-incident',
      'sam',
      { dana: { status: 'available', awaitingAckSince: minutesAgo(16) } },
      { allowed: true, basis: 'fallback' },
    ],
    [
      'the holder was paged 14 min ago',
      'close-incident',
      'sam',
      { dana: { status: 'available', awaitingAckSince: minutesAgo(14) } },
      { allowed: false },
    ],
    [
      'raise-severity has a shorter 10 min silence',
      'raise-severity',
      'sam',
      { dana: { status: 'available', awaitingAckSince: minutesAgo(10) } },
      { allowed: true, basis: 'fallback' },
    ],
    [
      'holder away AND first fallback off shift → second fallback',
      'declare-major-incident',
      'ana',
      { dana: { status: 'away' }, sam: { status: 'off-shift' } },
      { allowed: true, basis: 'fallback', fallbackIndex: 1 },
    ],
    [
      'holder away, first fallback present → second fallback refused',
      'declare-major-incident',
      'ana',
      { dana: { status: 'away' } },
      { allowed: false },
    ],
    [
      'someone outside the chain',
      'close-incident',
      'tom',
      { dana: { status: 'away' }, sam: { status: 'away' } },
      { allowed: false },
    ],
    [
      'the Operations Lead invokes a vendor when no Liaison is assigned',
      'invoke-vendor-support',
      'ana',
      {},
      { allowed: true, basis: 'fallback', fallbackIndex: 0 },
    ],
  ])('%s', (_label, decision, actorId, availability, expected) => {
    expect(rule(decision, actorId, availability)).toMatchObject(expected);
  });
});

describe('reasons a commander can act on', () => {
  it.each<[string, Decision, string, AvailabilityMap, string]>([
    [
      'holder',
      'close-incident',
      'dana',
      {},
      'Dana Ruiz is the Incident Commander, who may close the incident',
    ],
    [
      'refusal while the holder is present',
      'close-incident',
      'sam',
      {},
      'Only the Incident Commander (Dana Ruiz) may close the incident; fallbacks apply only when the holder is away, off shift or silent for 15 min',
    ],
    [
      'first fallback',
      'close-incident',
      'sam',
      { dana: { status: 'away' } },
      'The Incident Commander (Dana Ruiz) is away, so Sam Lee may close the incident as the first fallback',
    ],
    [
      'silent holder',
      'close-incident',
      'sam',
      { dana: { status: 'available', awaitingAckSince: minutesAgo(20) } },
      'The Incident Commander (Dana Ruiz) is silent (no acknowledgement in 15 min), so Sam Lee may close the incident as the first fallback',
    ],
    [
      'second fallback',
      'declare-major-incident',
      'ana',
      { dana: { status: 'away' }, sam: { status: 'off-shift' } },
      'The Incident Commander (Dana Ruiz) is away; the Deputy Incident Commander (Sam Lee) is off shift, so Ana Costa may declare a major incident as the second fallback',
    ],
    [
      'a later fallback',
      'declare-major-incident',
      'ana',
      { dana: { status: 'away' } },
      'The Incident Commander (Dana Ruiz) is away, so the Deputy Incident Commander (Sam Lee) may declare a major incident now; you are a later fallback',
    ],
    [
      'nobody available',
      'close-incident',
      'tom',
      { dana: { status: 'away' }, sam: { status: 'off-shift' } },
      'Nobody who may close the incident is available: the Incident Commander (Dana Ruiz) is away; the Deputy Incident Commander (Sam Lee) is off shift. Assign the Incident Commander role to someone who is here',
    ],
    [
      'an unassigned role',
      'invoke-vendor-support',
      'ana',
      {},
      'Nobody is the Liaison Officer, so Ana Costa may invoke vendor support as the first fallback',
    ],
  ])('%s', (_label, decision, actorId, availability, reason) => {
    expect(rule(decision, actorId, availability).reason).toBe(reason);
  });
});

describe('named people and shared roles', () => {
  const named = parseDecisionAuthorityMatrix({
    ...defaults,
    decisions: defaults.decisions.map((d) =>
      d.decision === 'invoke-vendor-support'
        ? {
            ...d,
            holder: { kind: 'person', personId: 'priya' },
            fallbacks: [{ kind: 'role', role: 'sme' }],
          }
        : d,
    ),
  });
  const roles: IncidentRoleAssignment[] = [
    ...staffed,
    { role: 'sme', personId: 'tom' },
    { role: 'sme', personId: 'ana' },
  ];
  const ask = (actorId: string, availability: AvailabilityMap) =>
    resolveAuthority(named, 'invoke-vendor-support', {
      actorId,
      incidentRoles: roles,
      availability,
      now,
      names,
    });

  it('lets the named person act', () => {
    expect(ask('priya', {}).reason).toBe(
      'Priya Raman is named in the decision-authority matrix to invoke vendor support',
    );
  });

  it('names the person when refusing', () => {
    expect(ask('tom', {}).reason).toMatch(/^Only Priya Raman may invoke vendor support;/);
  });

  it('lets any holder of a shared fallback role act once the named person is away', () => {
    expect(ask('tom', { priya: { status: 'away' }, ana: { status: 'away' } })).toMatchObject({
      allowed: true,
      fallbackIndex: 0,
    });
  });

  it('lists each holder of a role when all of them are unavailable', () => {
    const ruling = ask('dana', {
      priya: { status: 'away' },
      tom: { status: 'off-shift' },
      ana: { status: 'away' },
    });
    expect(ruling.reason).toBe(
      'Nobody who may invoke vendor support is available: Priya Raman is away; the Subject-matter Expert (Tom Whitfield, Ana Costa) are all unavailable (Tom Whitfield off shift, Ana Costa away). Reach Priya Raman or amend the decision-authority matrix',
    );
  });
});

describe('parseDecisionAuthorityMatrix', () => {
  it.each([
    [
      'a missing decision',
      { decisions: defaults.decisions.slice(1) },
      '"declare-major-incident" must appear exactly once (found 0)',
    ],
    [
      'a repeated decision',
      { decisions: [...defaults.decisions, defaults.decisions[0]] },
      '"declare-major-incident" must appear exactly once (found 2)',
    ],
    [
      'a fallback that repeats the holder',
      { decisions: defaults.decisions.map((d) => ({ ...d, fallbacks: [d.holder] })) },
      'a fallback repeats the holder or another fallback',
    ],
  ])('rejects %s', (_label, change, reason) => {
    expect(() => parseDecisionAuthorityMatrix({ ...defaults, ...change })).toThrow(
      AuthorityConfigError,
    );
    expect(() => parseDecisionAuthorityMatrix({ ...defaults, ...change })).toThrow(reason);
  });
});

describe('decisions added after a matrix was adopted', () => {
  const context = (actorId: string, availability: AvailabilityMap = {}): AuthorityContext => ({
    actorId,
    incidentRoles: staffed,
    availability,
    now,
    names,
  });

  it('a matrix without direct-command-structure parses and answers it with the raise-severity chain', () => {
    const older = parseDecisionAuthorityMatrix({
      ...defaults,
      decisions: defaults.decisions.filter((d) => d.decision !== 'direct-command-structure'),
    });
    expect(resolveAuthority(older, 'direct-command-structure', context('dana')).allowed).toBe(true);
    const operations = resolveAuthority(
      older,
      'direct-command-structure',
      context('ana', { dana: { status: 'away' }, sam: { status: 'off-shift' } }),
    );
    expect(operations).toMatchObject({ allowed: true, basis: 'fallback', fallbackIndex: 1 });
  });

  it('a matrix that names it uses its own chain', () => {
    const own = parseDecisionAuthorityMatrix({
      ...defaults,
      decisions: defaults.decisions.map((d) =>
        d.decision === 'direct-command-structure'
          ? { ...d, holder: { kind: 'role', role: 'operations' }, fallbacks: [] }
          : d,
      ),
    });
    expect(resolveAuthority(own, 'direct-command-structure', context('ana')).allowed).toBe(true);
    expect(resolveAuthority(own, 'direct-command-structure', context('dana')).allowed).toBe(false);
  });

  it('still refuses it twice', () => {
    const twice = defaults.decisions.filter((d) => d.decision === 'direct-command-structure');
    expect(() =>
      parseDecisionAuthorityMatrix({ ...defaults, decisions: [...defaults.decisions, ...twice] }),
    ).toThrow('"direct-command-structure" must appear exactly once (found 2)');
  });
});
