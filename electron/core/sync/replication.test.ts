import { afterEach, describe, expect, it } from 'vitest';
import { storedForm } from '../../../shared/store/kindWrites.ts';
import type { KindName } from '../../../shared/store/kinds.ts';
import { COLLECTION_NAMES } from '../../../shared/store/layout.ts';
import { sameDocument } from '../../../shared/sync/fieldClocks.ts';
import type { Doc } from './masterEndpoint.ts';
import { serveMaster } from './peerSessions.ts';
import {
  connect,
  createBareNode,
  eventually,
  memoryChannelPair,
  type BareNode,
} from './syncTestNodes.testHelpers.ts';

/** The value, or a failed test when it is missing. */
function must<T>(value: T | undefined | null): T {
  if (value === undefined || value === null) throw new Error('expected a value');
  return value;
}

const nodes: { close(): Promise<void> }[] = [];
const connections: { disconnect(): Promise<void> }[] = [];
afterEach(async () => {
  for (const c of connections.splice(0)) await c.disconnect();
  for (const n of nodes.splice(0)) await n.close();
});

async function node(nodeId: string, skewMs = 0) {
  const created = await createBareNode(nodeId, { skewMs });
  nodes.push(created);
  return created;
}

async function link(dialer: BareNode, listener: BareNode) {
  const connection = await connect(dialer, listener);
  connections.push(connection);
  return connection;
}

const person = (id: string, displayName: string, extra: Doc = {}): Doc => ({
  id,
  displayName,
  createdAt: '2026-11-26T10:00:00.000Z',
  ...extra,
});
const entry = (id: string, text: string): Doc => ({
  id,
  incidentId: 'inc-1',
  at: '2026-11-26T10:00:00.000Z',
  kind: 'note',
  text,
  actorId: 'p-1',
  nodeId: 'n',
  starred: false,
});

async function snapshot(n: BareNode) {
  const out: Record<string, Doc[]> = {};
  for (const c of COLLECTION_NAMES) out[c] = await n.stored(c);
  return out;
}

async function converged(all: BareNode[]) {
  const snaps = await Promise.all(all.map(snapshot));
  const first = must(snaps[0]);
  return snaps.every((snap) =>
    COLLECTION_NAMES.every(
      (c) =>
        must(snap[c]).length === must(first[c]).length &&
        must(snap[c]).every((doc, i) => sameDocument(doc, must(must(first[c])[i]))),
    ),
  );
}

describe('peer replication (in process)', () => {
  it('documents written on one node reach a third through the middle one, both ways', async () => {
    const [a, b, c] = [await node('node-a'), await node('node-b'), await node('node-c')];
    await a.write('people', person('p-a', 'Ada'));
    await c.write('timeline', entry('t-c', 'from C'));
    await link(a, b);
    await link(c, b);
    await eventually(async () => (await c.get('people', 'p-a')) !== undefined);
    await eventually(async () => (await a.get('timeline', 't-c')) !== undefined);
    await b.write('people', person('p-b', 'Bo'));
    await eventually(() => converged([a, b, c]));
    expect((await a.all('people')).map((p) => p.displayName)).toEqual(['Ada', 'Bo']);
  });

  it('concurrent edits of different fields while apart both survive; the later edit of one field wins, with clocks skewed ±2 min', async () => {
    const a = await node('node-a', 120_000);
    const b = await node('node-b', -120_000);
    await a.write('people', person('p-1', 'Dana', { jobTitle: 'Engineer', phone: '1' }));
    const first = await link(a, b);
    await eventually(async () => (await b.get('people', 'p-1')) !== undefined);
    await first.disconnect();
    connections.splice(connections.indexOf(first), 1);

    const onA = must(await a.get('people', 'p-1'));
    await a.write('people', { ...onA, jobTitle: 'Incident Commander' });
    const onB = must(await b.get('people', 'p-1'));
    await b.write('people', { ...onB, phone: '2', email: 'dana@example.com' });
    // B writes displayName after A (B's wall clock is 4 minutes behind): B saw
    // A's version before, so its clock still orders the edit after A's.
    await b.write('people', { ...must(await b.get('people', 'p-1')), displayName: 'Dana R.' });

    await link(b, a);
    await eventually(() => converged([a, b]));
    expect(await a.get('people', 'p-1')).toMatchObject({
      displayName: 'Dana R.',
      jobTitle: 'Incident Commander',
      phone: '2',
      email: 'dana@example.com',
    });
  });

  it('a hostile peer: unknown collection, garbage, schema-invalid and changed append-only documents change nothing', async () => {
    const victim = await node('node-v');
    await victim.write('timeline', entry('t-1', 'original'));
    await victim.write('people', person('p-1', 'Dana'));
    const before = await snapshot(victim);
    const [attacker, victimEnd] = memoryChannelPair(
      { nodeId: 'evil', name: 'evil', address: 'memory' },
      { nodeId: 'node-v', name: 'node-v', address: 'memory' },
    );
    const replies: unknown[] = [];
    attacker.onMessage((m) => replies.push(m));
    serveMaster(victimEnd, victim.endpoint, COLLECTION_NAMES, victim.hooks);
    const push = (c: string, newDocumentState: Doc, id: number) =>
      attacker.send({ t: 'push', id, c, rows: [{ newDocumentState }] } as never);
    push(
      'timeline',
      {
        ...entry('t-1', 'rewritten history'),
        hlc: '001764150000000-000000-evil',
        _deleted: false,
      },
      1,
    );
    // People are stored as record envelopes in `records`.
    const record = (document: Doc, fieldClocks?: Record<string, string>): Doc => ({
      ...storedForm({ kind: 'people', document, ...(fieldClocks ? { fieldClocks } : {}) }),
      _deleted: false,
    });
    push(
      'records',
      record(
        { id: 'p-2', displayName: '', createdAt: 'yesterday', hlc: '001764150000000-000000-evil' },
        { displayName: '001764150000000-000000-evil' },
      ),
      2,
    );
    push(
      'records',
      record({ ...person('p-3', 'No clocks'), hlc: '001764150000000-000000-evil' }),
      3,
    );
    push(
      'records',
      record(
        { ...person('p-1', 'Future'), hlc: '009999999999999-000000-evil' },
        { displayName: '009999999999999-000000-evil' },
      ),
      4,
    );
    await eventually(async () => replies.length >= 4);
    expect(victim.rejections.map((r) => r.reason)).toEqual([
      // Rewritten under another author's name: refused before the append-only rule is reached.
      expect.stringContaining("ordered by evil's clock"),
      expect.stringContaining('people'),
      'a mutable document without fieldClocks',
      expect.stringContaining('more than an hour ahead'),
    ]);
    // An unknown collection is a malformed message: the connection closes, the node stays up.
    attacker.send({ t: 'pull', id: 5, c: 'secrets', checkpoint: null, limit: 10 } as never);
    await eventually(async () => victim.logs.some((l) => l.includes('malformed')));
    expect(await snapshot(victim)).toEqual(before);
  });
});

describe('three replicas with partitions', () => {
  it('every node edits while cut off; after healing all hold identical documents and every write survives', async () => {
    const all = [
      await node('node-a', 120_000),
      await node('node-b'),
      await node('node-c', -120_000),
    ];
    const [a, b, c] = all as unknown as [BareNode, BareNode, BareNode];
    await a.write('people', person('p-shared', 'Shared'));
    const links = [await link(a, b), await link(b, c)];
    await eventually(() => converged(all));
    for (const l of links) await l.disconnect();
    connections.splice(0);
    const written: { node: BareNode; kind: KindName; id: string }[] = [];
    for (const [i, n] of all.entries()) {
      for (let k = 0; k < 20; k++) {
        await n.write('timeline', entry(`t-${n.nodeId}-${k}`, `entry ${k}`));
        written.push({ node: n, kind: 'timeline', id: `t-${n.nodeId}-${k}` });
      }
      const shared = must(await n.get('people', 'p-shared'));
      await n.write('people', {
        ...shared,
        [must(['jobTitle', 'phone', 'email'][i])]: `${n.nodeId}@example.com`,
      });
    }
    await link(c, a);
    await link(b, a);
    await eventually(() => converged(all));
    for (const w of written) expect(await c.get(w.kind, w.id)).toBeDefined();
    expect(await b.get('people', 'p-shared')).toMatchObject({
      jobTitle: 'node-a@example.com',
      phone: 'node-b@example.com',
      email: 'node-c@example.com',
    });
  });
});
