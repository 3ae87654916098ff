import fc from 'fast-check';
import { expect } from 'vitest';
import { canonicalJson } from '../audit/canonicalJson.ts';
import { decodeHlc, HybridLogicalClock } from '../time/hlc.ts';
import {
  mergeDocuments,
  sameDocument,
  stampFieldClocks,
  type SyncDocument,
} from './fieldClocks.ts';
import type { ObjectRule } from './mergeRuleTypes.ts';

/**
 * What a command asserted, as facts: id → value (undefined = "is not there").
 * A fact id `parent.child` is only checked while its parent is there.
 */
export type Facts = [id: string, value: unknown][];

/** One kind of concurrent editing, for the three-replica property. */
export interface MergeScenario<E> {
  rule: ObjectRule;
  /** The document every replica starts from (already synced before the partition). */
  initial: Record<string, unknown>;
  edit: fc.Arbitrary<E>;
  /** The command: the next document, or undefined when it would refuse (as the real one does). */
  apply: (
    doc: Record<string, unknown>,
    edit: E,
    now: string,
  ) => Record<string, unknown> | undefined;
  /** What the accepted command asserted. */
  facts: (before: Record<string, unknown>, after: Record<string, unknown>, edit: E) => Facts;
  /** What a document shows, as facts. */
  observe: (doc: Record<string, unknown>) => Map<string, unknown>;
}

const REPLICAS = 3;

type Op<E> =
  | { kind: 'edit'; replica: number; edit: E; tick: number }
  | { kind: 'send'; from: number; to: number }
  | { kind: 'deliver'; index: number; keep: boolean };

function opArbitrary<E>(edit: fc.Arbitrary<E>): fc.Arbitrary<Op<E>> {
  return fc.oneof(
    {
      weight: 3,
      arbitrary: fc.record({
        kind: fc.constant('edit' as const),
        replica: fc.nat(REPLICAS - 1),
        edit,
        tick: fc.nat(3),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('send' as const),
        from: fc.nat(REPLICAS - 1),
        to: fc.nat(REPLICAS - 1),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('deliver' as const),
        index: fc.nat(50),
        keep: fc.boolean(),
      }),
    },
  );
}

interface Run {
  replicas: SyncDocument[];
  /** Every version any replica held. */
  versions: SyncDocument[];
  /** Every acknowledged fact with the clock of the command that asserted it. */
  acknowledged: { id: string; value: unknown; clock: string }[];
}

function simulate<E>(scenario: MergeScenario<E>, ops: Op<E>[], skews: number[]): Run {
  let wall = 1_000_000;
  const clocks = skews.map((skew, r) => new HybridLogicalClock(`node-${r}`, () => wall + skew));
  const base = new HybridLogicalClock('node-base', () => 1).tick();
  const start: SyncDocument = { id: 'doc', ...scenario.initial, hlc: base };
  start.fieldClocks = stampFieldClocks(undefined, start, base, 'id', scenario.rule);
  const replicas = skews.map(() => start);
  const network: { to: number; doc: SyncDocument }[] = [];
  const acknowledged: Run['acknowledged'] = [...scenario.observe(start)].map(([id, value]) => ({
    id,
    value,
    clock: base,
  }));
  const versions: SyncDocument[] = [start];
  const receive = (to: number, doc: SyncDocument) => {
    replicas[to] = mergeDocuments(replicas[to] as SyncDocument, doc, 'id', scenario.rule);
    versions.push(replicas[to]);
  };
  for (const op of ops) {
    if (op.kind === 'edit') {
      wall += op.tick;
      const clock = clocks[op.replica] as HybridLogicalClock;
      const previous = replicas[op.replica] as SyncDocument;
      for (const seen of Object.values(previous.fieldClocks ?? {})) clock.receive(seen);
      const stamp = clock.tick();
      const now = new Date(decodeHlc(stamp).wallMs).toISOString();
      const next = scenario.apply(
        JSON.parse(JSON.stringify(previous)) as SyncDocument,
        op.edit,
        now,
      );
      // A command that changes nothing asserts nothing (the real ones refuse, or write no field).
      if (!next || sameDocument({ ...next, hlc: '' }, { ...previous, hlc: '' })) continue;
      const stamped: SyncDocument = { ...next, id: 'doc', hlc: stamp };
      stamped.fieldClocks = stampFieldClocks(previous, stamped, stamp, 'id', scenario.rule);
      replicas[op.replica] = stamped;
      versions.push(stamped);
      for (const [id, value] of scenario.facts(previous, stamped, op.edit))
        acknowledged.push({ id, value, clock: stamp });
    } else if (op.kind === 'send') {
      network.push({ to: op.to, doc: replicas[op.from] as SyncDocument });
    } else if (network.length > 0) {
      const index = op.index % network.length;
      const message = network[index] as { to: number; doc: SyncDocument };
      if (!op.keep) network.splice(index, 1);
      receive(message.to, message.doc);
    }
  }
  // Heal: what is in flight arrives (in reverse, once more), then everyone exchanges final versions.
  for (const message of [...network].reverse()) receive(message.to, message.doc);
  const finals = [...replicas];
  for (let to = 0; to < REPLICAS; to++) for (const doc of finals) receive(to, doc);
  return { replicas, versions, acknowledged };
}

/** The latest acknowledged value of each fact (by clock): what every replica must show. */
function expectedFacts(acknowledged: Run['acknowledged']): Map<string, unknown> {
  const latest = new Map<string, { value: unknown; clock: string }>();
  for (const fact of acknowledged) {
    const held = latest.get(fact.id);
    if (!held || fact.clock > held.clock) latest.set(fact.id, fact);
  }
  return new Map([...latest].map(([id, fact]) => [id, fact.value]));
}

function checkFacts(expected: Map<string, unknown>, shown: Map<string, unknown>): void {
  for (const [id, value] of expected) {
    const parent = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : undefined;
    if (parent !== undefined && expected.has(parent) && expected.get(parent) === undefined)
      continue;
    const got = shown.get(id);
    expect(got === undefined ? 'absent' : canonicalJson(got), id).toBe(
      value === undefined ? 'absent' : canonicalJson(value),
    );
  }
}

/**
 * Three replicas edit one document concurrently; versions are sent and
 * delivered in random order, some twice; clocks are skewed up to ±10 min.
 * After healing every replica is identical, and every fact shows its latest
 * acknowledged value: an addition is there unless a later removal took it out.
 */
export function assertConvergesKeepingEdits<E>(scenario: MergeScenario<E>, numRuns = 200): void {
  const skews = fc.array(fc.integer({ min: -600_000, max: 600_000 }), {
    minLength: REPLICAS,
    maxLength: REPLICAS,
  });
  fc.assert(
    fc.property(
      fc.array(opArbitrary(scenario.edit), { maxLength: 60 }),
      skews,
      fc.tuple(fc.nat(), fc.nat(), fc.nat()),
      (ops, skew, picks) => {
        const { replicas, versions, acknowledged } = simulate(scenario, ops, skew);
        const first = replicas[0] as SyncDocument;
        for (const replica of replicas) expect(sameDocument(replica, first)).toBe(true);
        checkFacts(expectedFacts(acknowledged), scenario.observe(first));
        const [a, b, c] = picks.map((pick) => versions[pick % versions.length] as SyncDocument);
        assertJoinLaws(scenario.rule, a as SyncDocument, b as SyncDocument, c as SyncDocument);
      },
    ),
    { numRuns },
  );
}

/** Commutative, associative, idempotent: the merge is a join, whatever the delivery order. */
function assertJoinLaws(rule: ObjectRule, a: SyncDocument, b: SyncDocument, c: SyncDocument) {
  const merge = (x: SyncDocument, y: SyncDocument) => mergeDocuments(x, y, 'id', rule);
  expect(sameDocument(merge(a, b), merge(b, a))).toBe(true);
  expect(sameDocument(merge(merge(a, b), c), merge(a, merge(b, c)))).toBe(true);
  expect(sameDocument(merge(merge(a, b), b), merge(a, b))).toBe(true);
  // A command's own array order may differ from the merge's sorted one, so idempotence is up to that.
  expect(sameDocument(merge(merge(a, a), a), merge(a, a))).toBe(true);
}
