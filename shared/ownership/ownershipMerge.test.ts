import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertConvergesKeepingEdits, type Facts } from '../sync/mergeProperties.testHelpers.ts';
import { mergeRuleFor } from '../sync/mergeRules.ts';
import { grantAllows } from './vendors/accessGrants.ts';

type Doc = Record<string, unknown>;
const deps = (doc: Doc) => (doc.dependsOn ?? []) as string[];
const claims = (doc: Doc) => (doc.claims ?? []) as { source: string; teamId: string }[];
const raci = (doc: Doc) => (doc.raci ?? {}) as Record<string, { accountable?: string }>;

describe('the service catalogue merges across three replicas (property)', () => {
  type CatalogEdit = {
    action: 'addDependency' | 'dropDependency' | 'claim' | 'raci' | 'tier';
    name: string;
    team: string;
    tier: number;
  };
  it('dependencies, each source’s claim, each RACI activity and the tier edited on three nodes are all kept', () => {
    assertConvergesKeepingEdits<CatalogEdit>({
      rule: mergeRuleFor('catalogServices'),
      initial: { name: 'checkout', tier: 2, dependsOn: [], claims: [], raci: {} },
      edit: fc.record({
        action: fc.constantFrom(
          'addDependency' as const,
          'dropDependency' as const,
          'claim' as const,
          'raci' as const,
          'tier' as const,
        ),
        name: fc.constantFrom('csv', 'backstage', 'servicenow'),
        team: fc.constantFrom('payments', 'platform'),
        tier: fc.integer({ min: 1, max: 4 }),
      }),
      apply: (doc, e, now) => {
        if (e.action === 'addDependency')
          return { ...doc, dependsOn: [...new Set([...deps(doc), e.name])].sort() };
        if (e.action === 'dropDependency')
          return deps(doc).includes(e.name)
            ? { ...doc, dependsOn: deps(doc).filter((d) => d !== e.name) }
            : undefined;
        if (e.action === 'claim') {
          const others = claims(doc).filter((c) => c.source !== e.name);
          const claim = { source: e.name, teamId: e.team, importId: 'i', claimedAt: now };
          return { ...doc, claims: [...others, claim] };
        }
        if (e.action === 'raci') {
          const activity = e.name === 'csv' ? 'respond' : 'change';
          const entry = { accountable: e.team, responsible: [], consulted: [], informed: [] };
          return { ...doc, raci: { ...raci(doc), [activity]: entry } };
        }
        return { ...doc, tier: e.tier };
      },
      facts: (_before, _after, e): Facts => {
        if (e.action === 'addDependency') return [[`dep:${e.name}`, true]];
        if (e.action === 'dropDependency') return [[`dep:${e.name}`, undefined]];
        if (e.action === 'claim') return [[`claim:${e.name}`, e.team]];
        if (e.action === 'raci')
          return [[`raci:${e.name === 'csv' ? 'respond' : 'change'}`, e.team]];
        return [['tier', e.tier]];
      },
      observe: (doc) =>
        new Map<string, unknown>([
          ...deps(doc).map((d): [string, unknown] => [`dep:${d}`, true]),
          ...claims(doc).map((c): [string, unknown] => [`claim:${c.source}`, c.teamId]),
          ...Object.entries(raci(doc)).map(([a, entry]): [string, unknown] => [
            `raci:${a}`,
            entry.accountable,
          ]),
          ['tier', doc.tier],
        ]),
    });
  });

  it('an import staged on one node and decided on two converges to one decision', () => {
    const FIELDS = ['status', 'decidedBy', 'acceptedChangeIds'];
    type Decision = { action: 'apply' | 'discard'; by: string };
    assertConvergesKeepingEdits<Decision>({
      rule: mergeRuleFor('catalogImports'),
      initial: { status: 'staged', changes: [], unchangedCount: 0 },
      edit: fc.record({
        action: fc.constantFrom('apply' as const, 'discard' as const),
        by: fc.constantFrom('person:ada', 'person:lee'),
      }),
      apply: (doc, e, now) =>
        doc.status !== 'staged'
          ? undefined
          : {
              ...doc,
              status: e.action === 'apply' ? 'applied' : 'discarded',
              decidedBy: e.by,
              decidedAt: now,
              ...(e.action === 'apply' ? { acceptedChangeIds: ['service:checkout'] } : {}),
            },
      facts: (before, after): Facts =>
        FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f])).map((f) => [
          f,
          after[f],
        ]),
      observe: (doc) => new Map(FIELDS.map((f) => [f, doc[f]])),
    });
  });
});

describe('vendors and their engagements merge across three replicas (property)', () => {
  type EngagementEdit = { action: 'contact' | 'commit' | 'respond'; id: string; text: string };
  it('contacts and commitments recorded on three partitioned nodes are all kept', () => {
    const items = (doc: Doc, field: string) =>
      (doc[field] ?? []) as { id: string; text?: string; summary?: string }[];
    assertConvergesKeepingEdits<EngagementEdit>({
      rule: mergeRuleFor('vendorEngagements'),
      initial: { incidentId: 'inc-1', status: 'engaged', contacts: [], commitments: [] },
      edit: fc.record({
        action: fc.constantFrom('contact' as const, 'commit' as const, 'respond' as const),
        id: fc.constantFrom('a', 'b', 'c', 'd'),
        text: fc.constantFrom('call', 'mail'),
      }),
      apply: (doc, e, now) => {
        if (e.action === 'respond')
          return doc.respondedAt ? undefined : { ...doc, respondedAt: now };
        const field = e.action === 'contact' ? 'contacts' : 'commitments';
        // Ids are fresh per command in the real one: an id is added once.
        if (items(doc, field).some((item) => item.id === e.id)) return undefined;
        return { ...doc, [field]: [...items(doc, field), { id: e.id, at: now, summary: e.text }] };
      },
      facts: (_before, after, e): Facts =>
        e.action === 'respond'
          ? [['respondedAt', after.respondedAt]]
          : [[`${e.action}:${e.id}`, true]],
      observe: (doc) =>
        new Map<string, unknown>([
          ...items(doc, 'contacts').map((c): [string, unknown] => [`contact:${c.id}`, true]),
          ...items(doc, 'commitments').map((c): [string, unknown] => [`commit:${c.id}`, true]),
          ['respondedAt', doc.respondedAt],
        ]),
    });
  });

  type VendorEdit = { action: 'service' | 'contact' | 'sla'; key: string; minutes: number };
  it('a vendor’s services, contacts and SLAs edited on three nodes are all kept', () => {
    const list = (doc: Doc, field: string) => (doc[field] ?? []) as Record<string, unknown>[];
    assertConvergesKeepingEdits<VendorEdit>({
      rule: mergeRuleFor('vendors'),
      initial: { name: 'CloudDB', serviceIds: [], contacts: [], slas: [] },
      edit: fc.record({
        action: fc.constantFrom('service' as const, 'contact' as const, 'sla' as const),
        key: fc.constantFrom('SEV1', 'SEV2'),
        minutes: fc.constantFrom(15, 30, 60),
      }),
      apply: (doc, e) => {
        if (e.action === 'service')
          return {
            ...doc,
            serviceIds: [...new Set([...(doc.serviceIds as string[]), e.key])].sort(),
          };
        if (e.action === 'contact') {
          const others = list(doc, 'contacts').filter((c) => c.id !== e.key);
          return {
            ...doc,
            contacts: [...others, { id: e.key, name: `n${e.minutes}`, escalationLevel: 1 }],
          };
        }
        const others = list(doc, 'slas').filter((s) => s.severity !== e.key);
        return { ...doc, slas: [...others, { severity: e.key, respondMinutes: e.minutes }] };
      },
      facts: (_b, _a, e): Facts => {
        if (e.action === 'service') return [[`service:${e.key}`, true]];
        if (e.action === 'contact') return [[`contact:${e.key}`, `n${e.minutes}`]];
        return [[`sla:${e.key}`, e.minutes]];
      },
      observe: (doc) =>
        new Map<string, unknown>([
          ...(doc.serviceIds as string[]).map((s): [string, unknown] => [`service:${s}`, true]),
          ...list(doc, 'contacts').map((c): [string, unknown] => [
            `contact:${String(c.id)}`,
            c.name,
          ]),
          ...list(doc, 'slas').map((s): [string, unknown] => [
            `sla:${String(s.severity)}`,
            s.respondMinutes,
          ]),
        ]),
    });
  });
});

describe('vendor access grants across a partition (property)', () => {
  it('a revocation on any replica wins over the copies that did not see it, and every replica converges', () => {
    const FIELDS = ['revokedAt', 'revokedBy'];
    assertConvergesKeepingEdits<{ by: string }>({
      rule: mergeRuleFor('vendorAccessGrants'),
      initial: { incidentId: 'inc-1', expiresAt: '2026-11-26T12:00:00.000Z' },
      edit: fc.record({ by: fc.constantFrom('person:ada', 'person:lee') }),
      apply: (doc, e, now) =>
        doc.revokedAt ? undefined : { ...doc, revokedAt: now, revokedBy: e.by },
      facts: (_before, after): Facts => FIELDS.map((f) => [f, after[f]]),
      observe: (doc) => new Map(FIELDS.map((f) => [f, doc[f]])),
    });
  });

  it('a node offline at expiry refuses the grant when it comes back: expiry is read from its own clock, not a flag another node sets', () => {
    const grant = {
      id: 'vag-1',
      hlc: '',
      incidentId: 'inc-1',
      vendorId: 'v',
      engineerName: 'Vic',
      reason: 'r',
      approvedBy: 'ada',
      grantedAt: '2026-11-26T10:00:00.000Z',
      expiresAt: '2026-11-26T12:00:00.000Z',
    };
    // The offline node holds only the copy it had before the partition; nothing else arrives.
    expect(grantAllows(grant, 'inc-1', new Date('2026-11-26T11:59:00Z'))).toBe(true);
    expect(grantAllows(grant, 'inc-1', new Date('2026-11-26T12:00:00Z'))).toBe(false);
  });
});
