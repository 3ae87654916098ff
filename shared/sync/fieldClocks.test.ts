import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { HybridLogicalClock, encodeHlc } from '../time/hlc.ts';
import {
  initialFieldClocks,
  mergeDocuments,
  sameDocument,
  stampFieldClocks,
  type SyncDocument,
} from './fieldClocks.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const at = (wallMs: number, nodeId: string, counter = 0) => encodeHlc({ wallMs, counter, nodeId });

describe('stampFieldClocks', () => {
  const t1 = at(1000, 'a');
  const t2 = at(2000, 'b');
  it.each([
    {
      name: 'a new document stamps every field but the primary key',
      previous: undefined,
      next: { id: 'x', title: 'T', status: 'open' },
      expected: { status: t2, title: t2 },
    },
    {
      name: 'only changed fields get the new stamp',
      previous: { id: 'x', title: 'T', status: 'open', fieldClocks: { title: t1, status: t1 } },
      next: { id: 'x', title: 'T', status: 'closed' },
      expected: { status: t2, title: t1 },
    },
    {
      name: 'a removed field is stamped so its removal can win',
      previous: { id: 'x', title: 'T', area: 'north', fieldClocks: { title: t1, area: t1 } },
      next: { id: 'x', title: 'T' },
      expected: { area: t2, title: t1 },
    },
    {
      name: 'a nested change stamps the top-level field; key order is not a change',
      previous: { id: 'x', c: { a: 1, b: 2 }, d: { a: 1, b: 2 }, fieldClocks: { c: t1, d: t1 } },
      next: { id: 'x', c: { a: 1, b: 3 }, d: { b: 2, a: 1 } },
      expected: { c: t2, d: t1 },
    },
    {
      name: 'a field without a clock (legacy document) gets one',
      previous: { id: 'x', title: 'T' },
      next: { id: 'x', title: 'T' },
      expected: { title: t2 },
    },
  ])('$name', ({ previous, next, expected }) => {
    expect(stampFieldClocks(previous, next, t2)).toEqual(expected);
  });

  it('gives documents written before field clocks their hlc on every field', () => {
    expect(initialFieldClocks({ id: 'x', title: 'T', hlc: t1, _meta: {} })).toEqual({
      title: t1,
      hlc: t1,
    });
  });
});

describe('mergeDocuments', () => {
  const early = at(1000, 'a');
  const late = at(2000, 'a');
  const lateB = at(2000, 'b');
  it.each([
    {
      name: 'the higher clock wins per field, so concurrent edits of different fields both survive',
      a: {
        id: 'x',
        title: 'New title',
        status: 'open',
        fieldClocks: { title: late, status: early },
      },
      b: { id: 'x', title: 'Old', status: 'closed', fieldClocks: { title: early, status: late } },
      expected: {
        id: 'x',
        title: 'New title',
        status: 'closed',
        fieldClocks: { title: late, status: late },
      },
    },
    {
      name: 'equal wall time and counter: the node id breaks the tie',
      a: { id: 'x', title: 'from a', fieldClocks: { title: late } },
      b: { id: 'x', title: 'from b', fieldClocks: { title: lateB } },
      expected: { id: 'x', title: 'from b', fieldClocks: { title: lateB } },
    },
    {
      name: 'a later removal beats an earlier value',
      a: { id: 'x', area: 'north', fieldClocks: { area: early } },
      b: { id: 'x', fieldClocks: { area: late } },
      expected: { id: 'x', fieldClocks: { area: late } },
    },
    {
      name: 'a field without a clock loses to any clock',
      a: { id: 'x', title: 'legacy' },
      b: { id: 'x', title: 'stamped', fieldClocks: { title: early } },
      expected: { id: 'x', title: 'stamped', fieldClocks: { title: early } },
    },
    {
      name: 'equal clocks with different values (a faulty peer) still give one answer',
      a: { id: 'x', n: 1, fieldClocks: { n: early } },
      b: { id: 'x', n: 2, fieldClocks: { n: early } },
      expected: { id: 'x', n: 2, fieldClocks: { n: early } },
    },
    {
      name: 'a deletion on either side wins',
      a: { id: 'x', n: 1, _deleted: true, fieldClocks: { n: early } },
      b: { id: 'x', n: 2, _deleted: false, fieldClocks: { n: late } },
      expected: { id: 'x', n: 2, _deleted: true, fieldClocks: { n: late } },
    },
  ] as { name: string; a: SyncDocument; b: SyncDocument; expected: SyncDocument }[])(
    '$name',
    ({ a, b, expected }) => {
      expect(mergeDocuments(a, b)).toEqual(expected);
      expect(mergeDocuments(b, a)).toEqual(expected);
    },
  );
});

/**
 * Three replicas of a few documents. Each operation is a local edit (one
 * command on one replica, clock skewed per replica) or a delivery of a
 * replica's current version of a document to another replica, possibly again.
 * After every replica has received everyone's final versions, all agree.
 */
describe('convergence (property)', () => {
  const REPLICAS = 3;
  const FIELDS = ['title', 'status', 'summary', 'roles'] as const;
  const DOCS = ['d1', 'd2'] as const;
  type Op =
    | {
        kind: 'edit';
        replica: number;
        doc: number;
        field: number;
        value: number | null;
        tick: number;
      }
    | { kind: 'send'; from: number; to: number; doc: number }
    | { kind: 'deliver'; index: number; keep: boolean };

  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({
      kind: fc.constant('edit' as const),
      replica: fc.nat(REPLICAS - 1),
      doc: fc.nat(DOCS.length - 1),
      field: fc.nat(FIELDS.length - 1),
      value: fc.option(fc.nat(5)),
      tick: fc.nat(3),
    }),
    fc.record({
      kind: fc.constant('send' as const),
      from: fc.nat(REPLICAS - 1),
      to: fc.nat(REPLICAS - 1),
      doc: fc.nat(DOCS.length - 1),
    }),
    fc.record({ kind: fc.constant('deliver' as const), index: fc.nat(50), keep: fc.boolean() }),
  );

  it('random edits on three replicas, delivered in random order with duplicates, converge', () => {
    fc.assert(
      fc.property(
        fc.array(op, { maxLength: 80 }),
        fc.array(fc.integer({ min: -600_000, max: 600_000 }), {
          minLength: REPLICAS,
          maxLength: REPLICAS,
        }),
        (ops, skews) => {
          let wall = 1_000_000;
          const clocks = skews.map(
            (skew, r) => new HybridLogicalClock(`node-${r}`, () => wall + skew),
          );
          const replicas: Map<string, SyncDocument>[] = skews.map(() => new Map());
          const network: { to: number; doc: SyncDocument }[] = [];
          const receive = (r: number, incoming: SyncDocument) => {
            const id = incoming.id as string;
            const current = must(replicas[r]).get(id);
            must(replicas[r]).set(id, current ? mergeDocuments(current, incoming) : incoming);
          };
          for (const o of ops) {
            if (o.kind === 'edit') {
              wall += o.tick;
              const id = must(DOCS[o.doc]);
              const previous = must(replicas[o.replica]).get(id);
              if (previous?.fieldClocks)
                for (const c of Object.values(previous.fieldClocks))
                  must(clocks[o.replica]).receive(c);
              const next: SyncDocument = { ...(previous ?? { id }) };
              const field = must(FIELDS[o.field]);
              if (o.value === null) Reflect.deleteProperty(next, field);
              else next[field] = field === 'roles' ? [{ person: o.value }] : o.value;
              next.fieldClocks = stampFieldClocks(previous, next, must(clocks[o.replica]).tick());
              must(replicas[o.replica]).set(id, next);
            } else if (o.kind === 'send') {
              const doc = must(replicas[o.from]).get(must(DOCS[o.doc]));
              if (doc) network.push({ to: o.to, doc });
            } else if (network.length > 0) {
              const index = o.index % network.length;
              const message = must(network[index]);
              if (!o.keep) network.splice(index, 1);
              receive(message.to, message.doc);
            }
          }
          // Heal: whatever is still in flight arrives, then everyone exchanges final versions.
          for (const message of network) receive(message.to, message.doc);
          const finals = replicas.map((replica) => [...replica.values()]);
          for (let to = 0; to < REPLICAS; to++)
            for (const docs of finals) for (const doc of docs) receive(to, doc);
          for (const id of DOCS) {
            const versions = replicas.map((replica) => replica.get(id));
            const first = versions[0];
            for (const version of versions) {
              expect(version === undefined).toBe(first === undefined);
              if (version && first) expect(sameDocument(version, first)).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('merge is commutative, associative and idempotent on stamped versions', () => {
    const version = fc
      .record({
        title: fc.option(fc.nat(3)),
        clock: fc.tuple(fc.nat(3), fc.constantFrom('a', 'b', 'c')),
      })
      .map(({ title, clock }) => {
        const doc: SyncDocument = { id: 'x', fieldClocks: { title: at(clock[0], clock[1]) } };
        if (title !== null) doc.title = title;
        return doc;
      });
    fc.assert(
      fc.property(version, version, version, (a, b, c) => {
        expect(sameDocument(mergeDocuments(a, b), mergeDocuments(b, a))).toBe(true);
        expect(
          sameDocument(
            mergeDocuments(mergeDocuments(a, b), c),
            mergeDocuments(a, mergeDocuments(b, c)),
          ),
        ).toBe(true);
        expect(sameDocument(mergeDocuments(a, a), mergeDocuments(a, a))).toBe(true);
        expect(sameDocument(mergeDocuments(mergeDocuments(a, b), b), mergeDocuments(a, b))).toBe(
          true,
        );
      }),
    );
  });
});
