import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TLSSocket } from 'node:tls';
import WebSocket from 'ws';
import { afterEach, describe, expect, it } from 'vitest';
import { getRxStorageSqlite } from '../db/sqlite/index.ts';
import { layoutSignature } from '../../../shared/store/layout.ts';
import { layoutMismatch, newNonce, proof, UNKNOWN_SERVER_NODE } from './handshake.ts';
import { SyncService } from './syncService.ts';
import { openBareInstances, syncStoreFor } from './syncStore.ts';
import { dialPeer, PeerRefusedError } from './webSocketTransport.ts';

const SECRET = 'the-workspace-secret-for-tests';
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanups.splice(0).reverse()) await step();
});

async function service() {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-sync-transport-'));
  cleanups.push(() => rmSync(dataDir, { recursive: true, force: true }));
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- storage internals
  const storage = getRxStorageSqlite({ dataDir }) as any;
  const instances = await openBareInstances(storage, 'lantern');
  const logs: string[] = [];
  const sync = new SyncService({
    dataDir,
    nodeId: 'node-listener',
    name: 'listener',
    secret: SECRET,
    host: '127.0.0.1',
    port: 0,
    peers: [],
    mdns: false,
    store: syncStoreFor(storage, 'lantern', instances, true),
    log: (message) => logs.push(message),
  });
  await sync.start();
  cleanups.push(() => sync.stop());
  return { sync, logs, address: `127.0.0.1:${sync.port}` };
}

const identity = { nodeId: 'node-dialer', name: 'dialer' };
const quiet = () => undefined;

/** A raw client speaking the handshake by hand, to misbehave in ways dialPeer never would. */
async function raw(address: string) {
  const socket = new WebSocket(`wss://${address}/sync`, { rejectUnauthorized: false });
  const frames: unknown[] = [];
  let fingerprint = '';
  socket.on('upgrade', (response) => {
    fingerprint = (response.socket as TLSSocket).getPeerCertificate().fingerprint256;
  });
  socket.on('message', (data) => frames.push(JSON.parse(String(data))));
  socket.on('error', () => undefined);
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve) => socket.once('message', resolve));
  const hello = frames[0] as { nonce: string };
  return { socket, frames, closed, hello, fingerprint: () => fingerprint };
}

function authFrame(
  hello: { nonce: string },
  fingerprint: string,
  secret = SECRET,
  /** null: leave it out, as layout 1 did. */
  layout: string | null = layoutSignature(),
) {
  const clientNonce = newNonce();
  return JSON.stringify({
    t: 'auth',
    nodeId: identity.nodeId,
    name: identity.name,
    nonce: clientNonce,
    ...(layout === null ? {} : { layout }),
    proof: proof(secret, {
      role: 'client',
      serverNonce: hello.nonce,
      clientNonce,
      serverFingerprint: fingerprint,
      clientNodeId: identity.nodeId,
      serverNodeId: UNKNOWN_SERVER_NODE,
    }),
  });
}

describe('sync transport: TLS WebSocket with a mutual HMAC handshake', () => {
  it('peers that know the secret connect and learn the certificate fingerprint', async () => {
    const { sync, address } = await service();
    const { channel, fingerprint } = await dialPeer({
      address,
      secret: SECRET,
      identity,
      log: quiet,
    });
    expect(fingerprint).toBe(sync.fingerprint);
    expect(channel.peer.nodeId).toBe('node-listener');
    channel.close('done');
  });

  it('refuses a wrong secret (logged), a wrong pinned fingerprint, and a replayed handshake', async () => {
    const { address, logs, sync } = await service();
    await expect(
      dialPeer({ address, secret: 'not-the-workspace-secret', identity, log: quiet }),
    ).rejects.toBeInstanceOf(PeerRefusedError);
    expect(logs.some((l) => l.includes('authentication failed') && l.includes('wrong proof'))).toBe(
      true,
    );
    await expect(
      dialPeer({ address, secret: SECRET, identity, fingerprint: 'AA:BB', log: quiet }),
    ).rejects.toThrow(/not the pinned/);

    const first = await raw(address);
    const frame = authFrame(first.hello, first.fingerprint());
    first.socket.send(frame);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(first.frames.at(-1)).toMatchObject({ t: 'welcome' });
    first.socket.close();
    const replay = await raw(address);
    replay.socket.send(frame);
    expect(await replay.closed).toBe(1008);
    expect(replay.frames).toHaveLength(1); // the hello, and nothing else
    expect(sync.status().peers.every((p) => !p.connected || p.nodeId === identity.nodeId)).toBe(
      true,
    );
  });

  it('tells an unauthenticated client neither its node id nor its host name', async () => {
    const { address } = await service();
    const stranger = await raw(address);
    expect(Object.keys(stranger.hello as object).sort()).toEqual(['layout', 'nonce', 't', 'v']);
    const said = JSON.stringify(stranger.frames);
    expect(said).not.toContain('node-listener');
    expect(said).not.toContain('listener');
    stranger.socket.send(
      authFrame(stranger.hello, stranger.fingerprint(), 'a-wrong-secret-xxxxxxxx'),
    );
    expect(await stranger.closed).toBe(1008);
    expect(JSON.stringify(stranger.frames)).not.toContain('listener');
    // Once it proves the secret, the welcome names the node.
    const member = await raw(address);
    member.socket.send(authFrame(member.hello, member.fingerprint()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(member.frames.at(-1)).toMatchObject({
      t: 'welcome',
      nodeId: 'node-listener',
      name: 'listener',
    });
    member.socket.close();
  });

  it('an unauthenticated connection gets nothing; garbage, oversized frames and unknown collections close it; the node stays up', async () => {
    const { address, logs } = await service();
    const unauthenticated = await raw(address);
    unauthenticated.socket.send(
      JSON.stringify({ t: 'pull', id: 1, c: 'people', checkpoint: null, limit: 10 }),
    );
    expect(await unauthenticated.closed).toBe(1008);
    expect(unauthenticated.frames).toHaveLength(1);

    const garbage = await raw(address);
    garbage.socket.send('\u0000\u0001 not json at all');
    expect(await garbage.closed).toBe(1008);

    const big = await raw(address);
    big.socket.send(authFrame(big.hello, big.fingerprint()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    big.socket.send('x'.repeat(5 * 1024 * 1024));
    expect(await big.closed).toBe(1009);

    const unknown = await raw(address);
    unknown.socket.send(authFrame(unknown.hello, unknown.fingerprint()));
    await new Promise((resolve) => setTimeout(resolve, 100));
    unknown.socket.send(
      JSON.stringify({ t: 'pull', id: 1, c: 'secrets', checkpoint: null, limit: 1 }),
    );
    await unknown.closed;
    expect(logs.some((l) => l.includes('malformed message'))).toBe(true);

    const { channel } = await dialPeer({ address, secret: SECRET, identity, log: quiet });
    channel.close('done');
  });

  it('refuses a peer on another storage layout before any document moves, naming both', async () => {
    const { address, logs, sync } = await service();
    for (const layout of [null, 'layout 3: audit@0 people@1']) {
      const peer = await raw(address);
      expect((peer.hello as { layout?: string }).layout).toBe(layoutSignature());
      peer.socket.send(authFrame(peer.hello, peer.fingerprint(), SECRET, layout));
      expect(await peer.closed).toBe(1008);
      expect(peer.frames.map((f) => (f as { t: string }).t)).toEqual(['hello']);
    }
    expect(logs.filter((l) => l.includes(`this node uses ${layoutSignature()}`))).toHaveLength(2);
    expect(logs.some((l) => l.includes('the peer stores its data in layout 1'))).toBe(true);
    expect(logs.some((l) => l.includes('the peer stores its data in layout 3'))).toBe(true);
    expect(sync.status().peers.filter((p) => p.connected)).toEqual([]);
  });

  it('rate-limits failed attempts per address', async () => {
    const { address, logs } = await service();
    for (let i = 0; i < 5; i++)
      await expect(
        dialPeer({ address, secret: 'wrong-secret-wrong-secret', identity, log: quiet }),
      ).rejects.toThrow();
    await expect(dialPeer({ address, secret: SECRET, identity, log: quiet })).rejects.toThrow();
    expect(logs.some((l) => l.includes('too many failed attempts'))).toBe(true);
  });

  it('an authenticated peer pushing schema-invalid documents is refused and logged; nothing is stored', async () => {
    const { address, logs, sync } = await service();
    const peer = await raw(address);
    peer.socket.send(authFrame(peer.hello, peer.fingerprint()));
    await eventuallyTrue(() => peer.frames.some((f) => (f as { t: string }).t === 'welcome'));
    peer.socket.send(
      JSON.stringify({
        t: 'push',
        id: 7,
        c: 'incidents',
        rows: [{ newDocumentState: { id: 'inc-evil', title: 42, _deleted: false } }],
      }),
    );
    await eventuallyTrue(() => peer.frames.some((f) => (f as { t: string }).t === 'conflicts'));
    expect(logs.some((l) => l.includes('refused incidents/inc-evil'))).toBe(true);
    expect((await sync.digest()).incidents?.count).toBe(0);
    peer.socket.close();
  });
});

describe('layoutMismatch', () => {
  it('says nothing for the same layout and names both otherwise', () => {
    expect(layoutMismatch('layout 2: people@0', 'layout 2: people@0')).toBeUndefined();
    expect(layoutMismatch('layout 2: people@0', 'layout 2: people@1')).toBe(
      'the peer stores its data in layout 2: people@1; this node uses layout 2: people@0. Upgrade the older node so both run the same Lantern version',
    );
    expect(layoutMismatch('layout 2: people@0', undefined)).toMatch(
      /^the peer stores its data in layout 1/,
    );
  });
});

async function eventuallyTrue(check: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(check()).toBe(true);
}
