// A node that holds the workspace secret pushes what it may not write: each
// push is refused whole, nothing changes on the receiver, and the sender is
// quarantined and named in the sync status. Documents come from a real node
// (real clocks, real signed audit entries) and are then forged.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { layoutSignature } from '../../../shared/store/layout.ts';
import { decodeHlc, encodeHlc } from '../../../shared/time/hlc.ts';
import { hashAuditBody, sealAuditEntry, type AuditBody } from '../audit/auditRecord.ts';
import { loadOrCreateNodeIdentity } from '../identity/nodeIdentity.ts';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { startNode, type LanternNode } from '../node.ts';
import { newNonce, proof, UNKNOWN_SERVER_NODE } from './handshake.ts';
import { SyncService } from './syncService.ts';
import { openBareInstances, syncStoreFor } from './syncStore.ts';

type Doc = Record<string, unknown>;
const SECRET = 'the-workspace-secret-for-tests';
const RECEIVER = 'node-receiver';
const cleanups: (() => Promise<void> | void)[] = [];
let source: LanternNode;
let receiver: SyncService;
let address: string;
const logs: string[] = [];
let incident: Doc;
let timelineEntry: Doc;
let auditEntry: Doc;
let olderAuditEntry: Doc;
let sourceKey: string;
let instances: Awaited<ReturnType<typeof openBareInstances>>;

/** A stored document as it crosses the wire. */
function wire(stored: { toJSON(withMeta: true): unknown }): Doc {
  const { _meta: _m, _rev: _r, _attachments: _a, ...state } = stored.toJSON(true) as Doc;
  return { ...state, _deleted: false };
}

beforeAll(async () => {
  const sourceDir = mkdtempSync(join(tmpdir(), 'lantern-accept-source-'));
  source = await startNode({ dataDir: sourceDir, port: 0, log: () => undefined });
  cleanups.push(
    () => rmSync(sourceDir, { recursive: true, force: true }),
    () => source.close(),
  );
  const admin = { kind: 'system', id: 'test' } as const;
  await source.execute(
    'createWorkspace',
    { workspaceName: 'Northwind', displayName: 'Ada' },
    admin,
  );
  const declared = (await source.execute(
    'declareIncident',
    { title: 'Payments down', severity: 'SEV2', type: 'availability' },
    admin,
  )) as { id: string };
  incident = wire(await source.database.incidents.findOne(declared.id).exec(true));
  const entries = await source.database.timeline
    .find({ selector: { incidentId: declared.id } })
    .exec();
  timelineEntry = wire(entries[0] as never);
  const audits = await source.database.audit.find({ sort: [{ seq: 'desc' }] }).exec();
  auditEntry = wire(audits[0] as never);
  olderAuditEntry = wire(audits[1] as never);
  sourceKey = loadOrCreateNodeIdentity(sourceDir).publicKeyPem;

  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-accept-receiver-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage internals
  const storage = getRxStorageSqlite({ dataDir }) as any;
  instances = await openBareInstances(storage, 'lantern');
  receiver = new SyncService({
    dataDir,
    nodeId: RECEIVER,
    name: 'receiver',
    secret: SECRET,
    host: '127.0.0.1',
    port: 0,
    peers: [],
    mdns: false,
    store: syncStoreFor(storage, 'lantern', instances, true),
    log: (message) => logs.push(message),
  });
  await receiver.start();
  cleanups.push(() => receiver.stop());
  address = `127.0.0.1:${receiver.port}`;
});

afterAll(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

/** Authenticate as `nodeId`, push `docs` and report what came back. */
async function pushAs(
  nodeId: string,
  collection: string,
  docs: Doc[],
  auditKey?: string,
): Promise<{ answered: boolean; closedWith?: string }> {
  const socket = new WebSocket(`wss://${address}/sync`, { rejectUnauthorized: false });
  let fingerprint = '';
  socket.on('upgrade', (response) => {
    fingerprint = (response.socket as TLSSocket).getPeerCertificate().fingerprint256;
  });
  socket.on('error', () => undefined);
  const frames: { t: string }[] = [];
  let closedWith: string | undefined;
  const closed = new Promise<void>((resolve) =>
    socket.on('close', (_code, reason) => {
      closedWith = reason.toString();
      resolve();
    }),
  );
  const next = () =>
    new Promise<{ t: string; nonce?: string }>((resolve) =>
      socket.once('message', (data) => resolve(JSON.parse(String(data)))),
    );
  socket.on('message', (data) => frames.push(JSON.parse(String(data)) as { t: string }));
  const hello = (await next()) as { nonce: string };
  const clientNonce = newNonce();
  socket.send(
    JSON.stringify({
      t: 'auth',
      nodeId,
      name: nodeId,
      nonce: clientNonce,
      layout: layoutSignature(),
      ...(auditKey ? { auditKey } : {}),
      proof: proof(SECRET, {
        role: 'client',
        serverNonce: hello.nonce,
        clientNonce,
        serverFingerprint: fingerprint,
        clientNodeId: nodeId,
        serverNodeId: UNKNOWN_SERVER_NODE,
        clientKey: auditKey ?? '',
      }),
    }),
  );
  const welcome = await Promise.race([next(), closed.then(() => undefined)]);
  if (welcome?.t !== 'welcome') return { answered: false, ...(closedWith ? { closedWith } : {}) };
  socket.send(
    JSON.stringify({
      t: 'push',
      id: 1,
      c: collection,
      rows: docs.map((newDocumentState) => ({ newDocumentState })),
    }),
  );
  const answer = new Promise<void>((resolve) =>
    socket.on('message', (data) => {
      if ((JSON.parse(String(data)) as { t: string }).t === 'conflicts') resolve();
    }),
  );
  await Promise.race([closed, answer]);
  socket.terminate();
  return {
    answered: frames.some((frame) => frame.t === 'conflicts'),
    ...(closedWith ? { closedWith } : {}),
  };
}

const quarantined = (nodeId: string) =>
  receiver.status().quarantined?.find((peer) => peer.nodeId === nodeId);

/** A clock `shiftMs` after the given one, by the same node. */
function shifted(clock: string, shiftMs: number, counter?: number): string {
  const stamp = decodeHlc(clock);
  return encodeHlc({ ...stamp, wallMs: stamp.wallMs + shiftMs, counter: counter ?? stamp.counter });
}

async function stored(collection: 'incidents' | 'timeline' | 'audit', id: string) {
  const found = await instances.get(collection)?.findDocumentsById([id], true);
  return found?.[0] as Doc | undefined;
}

describe('what a peer may write', () => {
  it('accepts a real node’s incident, timeline entry and signed audit entry', async () => {
    await pushAs('node-honest', 'incidents', [incident]);
    await pushAs('node-honest', 'timeline', [timelineEntry]);
    await pushAs('node-honest', 'audit', [auditEntry]);
    expect(await stored('incidents', incident.id as string)).toMatchObject({ _deleted: false });
    expect(await stored('timeline', timelineEntry.id as string)).toBeDefined();
    expect(await stored('audit', auditEntry.id as string)).toBeDefined();
    expect(quarantined('node-honest')).toBeUndefined();
  });

  it('refuses a deletion of an incident and quarantines the sender', async () => {
    const result = await pushAs('node-deleter', 'incidents', [{ ...incident, _deleted: true }]);
    expect(result.closedWith).toBe('quarantined');
    expect(await stored('incidents', incident.id as string)).toMatchObject({ _deleted: false });
    expect(quarantined('node-deleter')?.reason).toMatch(/a deletion/);
    // Back again: cut off as soon as it authenticates.
    const again = await pushAs('node-deleter', 'incidents', [incident]);
    expect(again.answered).toBe(false);
  });

  it('refuses an audit entry planted under the receiver’s own node id', async () => {
    const { hash: _h, signature, ...body } = auditEntry;
    void _h;
    const forgedBody = {
      ...body,
      id: `${RECEIVER}:000000000001`,
      nodeId: RECEIVER,
      seq: 1,
      hlc: encodeHlc({ ...decodeHlc(auditEntry.hlc as string), nodeId: RECEIVER }),
    };
    const { _deleted, ...hashed } = forgedBody as Doc;
    void _deleted;
    const forged = { ...forgedBody, hash: hashAuditBody(hashed as never), signature };
    await pushAs('node-planter', 'audit', [forged]);
    expect(await stored('audit', `${RECEIVER}:000000000001`)).toBeUndefined();
    expect(quarantined('node-planter')?.reason).toMatch(/own history/);
  });

  it('refuses an audit entry whose content was changed after it was signed', async () => {
    const tampered = { ...auditEntry, id: auditEntry.id, actorId: 'person:someone-else' };
    await pushAs('node-tamper', 'audit', [tampered]);
    expect(await stored('audit', auditEntry.id as string)).toMatchObject({
      actorId: auditEntry.actorId,
    });
    expect(quarantined('node-tamper')?.reason).toMatch(/does not match its hash/);
  });

  it('refuses a clock 59 minutes ahead, and one whose counter would overflow ours', async () => {
    const clocks = incident.fieldClocks as Record<string, string>;
    const ahead = shifted(clocks.title as string, 59 * 60_000);
    await pushAs('node-future', 'incidents', [
      { ...incident, title: 'Hijacked', fieldClocks: { ...clocks, title: ahead } },
    ]);
    expect(await stored('incidents', incident.id as string)).toMatchObject({
      title: 'Payments down',
    });
    expect(quarantined('node-future')?.reason).toMatch(/min ahead of this node/);
    const overflow = shifted(clocks.title as string, 1_000, 999_999);
    await pushAs('node-overflow', 'incidents', [
      { ...incident, title: 'Stuck', fieldClocks: { ...clocks, title: overflow } },
    ]);
    expect(quarantined('node-overflow')?.reason).toMatch(/counter near overflow/);
  });

  it('refuses a timeline entry back-dated two hours, or credited to another node', async () => {
    const backDated = {
      ...timelineEntry,
      id: 'tl-backdated',
      text: 'Legal approved the statement',
      at: new Date(decodeHlc(timelineEntry.hlc as string).wallMs - 2 * 3_600_000).toISOString(),
    };
    await pushAs('node-backdater', 'timeline', [backDated]);
    expect(await stored('timeline', 'tl-backdated')).toBeUndefined();
    expect(quarantined('node-backdater')?.reason).toMatch(/back- or forward-dated/);
    const credited = { ...timelineEntry, id: 'tl-credited', nodeId: 'node-innocent' };
    await pushAs('node-framer', 'timeline', [credited]);
    expect(await stored('timeline', 'tl-credited')).toBeUndefined();
    expect(quarantined('node-framer')?.reason).toMatch(/ordered by/);
    expect(logs.some((line) => line.includes('quarantined peer node-framer'))).toBe(true);
  });

  it('verifies audit entries against the key pinned for their node, and refuses another key for it', async () => {
    await pushAs(source.nodeId, 'audit', [olderAuditEntry], sourceKey);
    expect(await stored('audit', olderAuditEntry.id as string)).toBeDefined();
    expect(quarantined(source.nodeId)).toBeUndefined();
    // A self-consistent entry under the source's id, signed with someone else's key.
    const intruder = generateKeyPairSync('ed25519');
    const { hash: _h, signature: _s, _deleted: _d, ...body } = auditEntry;
    void [_h, _s, _d];
    const next = Number(auditEntry.seq) + 1;
    const forged = sealAuditEntry(
      {
        ...(body as unknown as AuditBody),
        id: `${source.nodeId}:${String(next).padStart(12, '0')}`,
        seq: next,
        prevHash: auditEntry.hash as string,
        actorId: 'person:legal-approver',
      },
      intruder.privateKey,
    );
    await pushAs('node-forger', 'audit', [{ ...forged, _deleted: false }]);
    expect(await stored('audit', forged.id)).toBeUndefined();
    expect(quarantined('node-forger')?.reason).toMatch(/not signed by/);
    const impostorKey = intruder.publicKey.export({ type: 'spki', format: 'pem' }).toString();
    const impostor = await pushAs(source.nodeId, 'audit', [], impostorKey);
    expect(impostor.answered).toBe(false);
    expect(logs.some((line) => line.includes('not the one pinned'))).toBe(true);
  });
});
