import { layoutSignature } from '../../../shared/store/layout.ts';
import { createServer, type Server } from 'node:https';
import type { TLSSocket } from 'node:tls';
import type { AddressInfo } from 'node:net';
import WebSocket, { WebSocketServer, type RawData } from 'ws';
import type { SyncCertificate } from './certificate.ts';
import {
  authMessage,
  FailureLimiter,
  helloMessage,
  layoutMismatch,
  newNonce,
  proof,
  proofMatches,
  UNKNOWN_SERVER_NODE,
  welcomeMessage,
} from './handshake.ts';
import { MAX_FRAME_BYTES, type PeerIdentity, type SyncChannel } from './syncProtocol.ts';

const HANDSHAKE_TIMEOUT_MS = 5_000;
const SELF_DIAL = 'that address is this node';
const MAX_HANDSHAKE_FRAME = 2_048;

export interface LocalIdentity {
  nodeId: string;
  name: string;
  /** This node's audit public key (PEM), announced so peers can verify its audit entries. */
  auditKey?: string;
}

function parseFrame(data: RawData): unknown {
  const text = Array.isArray(data) ? Buffer.concat(data).toString('utf8') : data.toString();
  return JSON.parse(text);
}

/** An authenticated WebSocket as a SyncChannel; a frame that is not JSON closes it. */
function channelFromSocket(
  socket: WebSocket,
  peer: PeerIdentity,
  log: (message: string) => void,
): SyncChannel {
  const handlers: ((message: unknown) => void)[] = [];
  socket.on('message', (data) => {
    let message: unknown;
    try {
      message = parseFrame(data);
    } catch {
      log(`sync: refused a frame that is not JSON from ${peer.name} (${peer.address})`);
      socket.close(1003, 'not JSON');
      return;
    }
    for (const handler of handlers) handler(message);
  });
  return {
    peer,
    send(message) {
      if (socket.readyState === WebSocket.OPEN) socket.send(JSON.stringify(message));
    },
    onMessage: (handler) => void handlers.push(handler),
    onClose: (handler) => {
      if (socket.readyState === WebSocket.CLOSED) queueMicrotask(handler);
      else socket.once('close', () => handler());
    },
    close(reason) {
      if (socket.readyState === WebSocket.OPEN || socket.readyState === WebSocket.CONNECTING)
        socket.close(1000, reason.slice(0, 100));
    },
  };
}

export interface SyncServerOptions {
  host: string;
  port: number;
  certificate: SyncCertificate;
  secret: string;
  identity: LocalIdentity;
  log: (message: string) => void;
  onChannel: (channel: SyncChannel) => void;
  limiter?: FailureLimiter;
}

export interface SyncServer {
  port: number;
  close(): Promise<void>;
}

/**
 * The sync listener: TLS with this node's certificate, WebSocket on top, and
 * nothing but the handshake until the peer has proved the workspace secret.
 */
export async function startSyncServer(options: SyncServerOptions): Promise<SyncServer> {
  const { certificate, secret, identity, log } = options;
  const limiter = options.limiter ?? new FailureLimiter();
  const https: Server = createServer(
    { key: certificate.key, cert: certificate.cert },
    (_req, res) => {
      res.writeHead(426).end();
    },
  );
  https.on('tlsClientError', () => undefined);
  const wss = new WebSocketServer({ server: https, maxPayload: MAX_FRAME_BYTES });
  wss.on('error', (error) => log(`sync: listener error: ${error.message}`));
  wss.on('connection', (socket, request) => {
    const address = `${request.socket.remoteAddress ?? '?'}:${request.socket.remotePort ?? 0}`;
    const remoteIp = request.socket.remoteAddress ?? '?';
    socket.on('error', (error) => log(`sync: connection from ${address}: ${error.message}`));
    if (limiter.blocked(remoteIp)) {
      log(`sync: refused ${address}: too many failed attempts`);
      socket.close(1008, 'too many failed attempts');
      return;
    }
    const serverNonce = newNonce();
    let done = false;
    const deny = (reason: string) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      limiter.fail(remoteIp);
      log(`sync: authentication failed from ${address}: ${reason}`);
      socket.close(1008, 'authentication failed');
    };
    const timer = setTimeout(() => deny('no answer in time'), HANDSHAKE_TIMEOUT_MS);
    socket.once('close', () => clearTimeout(timer));
    socket.send(
      // Nothing about this node before the peer proves the secret (handshake.ts).
      JSON.stringify({ t: 'hello', v: 2, nonce: serverNonce, layout: layoutSignature() }),
    );
    socket.once('message', (data) => {
      if (done) return;
      const size = Array.isArray(data)
        ? data.reduce((n, b) => n + b.length, 0)
        : (data as Buffer).byteLength;
      if (size > MAX_HANDSHAKE_FRAME) return deny('oversized handshake frame');
      let parsed;
      try {
        parsed = authMessage.safeParse(parseFrame(data));
      } catch {
        return deny('handshake frame is not JSON');
      }
      if (!parsed.success) return deny('malformed handshake');
      const auth = parsed.data;
      const mismatch = layoutMismatch(layoutSignature(), auth.layout);
      if (mismatch) {
        done = true;
        clearTimeout(timer);
        log(`sync: refused ${address}: ${mismatch}`);
        socket.close(1008, 'storage layout differs');
        return;
      }
      const input = {
        serverNonce,
        clientNonce: auth.nonce,
        serverFingerprint: certificate.fingerprint,
        clientNodeId: auth.nodeId,
        clientKey: auth.auditKey ?? '',
      };
      const clientProof = { ...input, role: 'client', serverNodeId: UNKNOWN_SERVER_NODE } as const;
      if (!proofMatches(secret, clientProof, auth.proof)) return deny('wrong proof');
      done = true;
      if (auth.nodeId === identity.nodeId) {
        // This node dialled itself (mDNS found its own announcement): not an attack.
        clearTimeout(timer);
        socket.close(1008, SELF_DIAL);
        return;
      }
      clearTimeout(timer);
      const serverProof = proof(secret, {
        ...input,
        role: 'server',
        serverNodeId: identity.nodeId,
        serverKey: identity.auditKey ?? '',
      });
      socket.send(
        JSON.stringify({
          t: 'welcome',
          proof: serverProof,
          nodeId: identity.nodeId,
          name: identity.name,
          ...(identity.auditKey ? { auditKey: identity.auditKey } : {}),
        }),
      );
      const peer = {
        nodeId: auth.nodeId,
        name: auth.name,
        address,
        ...(auth.auditKey ? { auditKey: auth.auditKey } : {}),
      };
      options.onChannel(channelFromSocket(socket, peer, log));
    });
  });
  const address = await new Promise<AddressInfo>((resolve, reject) => {
    https.once('error', reject);
    https.listen(options.port, options.host, () => {
      https.off('error', reject);
      resolve(https.address() as AddressInfo);
    });
  });
  return {
    port: address.port,
    async close() {
      for (const client of wss.clients) client.terminate();
      await new Promise<void>((resolve) => wss.close(() => resolve()));
      https.closeAllConnections();
      await new Promise<void>((resolve) => https.close(() => resolve()));
    },
  };
}

export class PeerRefusedError extends Error {
  override name = 'PeerRefusedError';
}

export interface DialOptions {
  /** host:port of the peer's sync listener. */
  address: string;
  secret: string;
  identity: LocalIdentity;
  /** The pinned fingerprint, when known (join code, or learned on first contact). */
  fingerprint?: string;
  log: (message: string) => void;
}

/** Connect to a peer, check its certificate against the pin and run the handshake. */
export function dialPeer(
  options: DialOptions,
): Promise<{ channel: SyncChannel; fingerprint: string }> {
  const { secret, identity, log } = options;
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`wss://${options.address}/sync`, {
      rejectUnauthorized: false,
      maxPayload: MAX_FRAME_BYTES,
      handshakeTimeout: HANDSHAKE_TIMEOUT_MS,
    });
    let fingerprint = '';
    let settled = false;
    const fail = (error: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      socket.terminate();
      reject(error);
    };
    const timer = setTimeout(
      () => fail(new Error('handshake timed out')),
      HANDSHAKE_TIMEOUT_MS * 2,
    );
    socket.on('error', (error) => fail(error));
    socket.on('close', (_code, reason) =>
      fail(
        new PeerRefusedError(
          reason.toString() === SELF_DIAL
            ? SELF_DIAL
            : 'the peer closed the connection during the handshake',
        ),
      ),
    );
    socket.on('upgrade', (response) => {
      fingerprint = (response.socket as TLSSocket).getPeerCertificate().fingerprint256 ?? '';
      if (options.fingerprint && fingerprint !== options.fingerprint)
        fail(
          new PeerRefusedError(
            `certificate fingerprint ${fingerprint} is not the pinned ${options.fingerprint}`,
          ),
        );
    });
    const clientNonce = newNonce();
    let hello: { nonce: string; layout?: string } | undefined;
    const onFrame = (data: RawData) => {
      let message: unknown;
      try {
        message = parseFrame(data);
      } catch {
        return fail(new PeerRefusedError('the peer sent a frame that is not JSON'));
      }
      if (!hello) {
        const parsed = helloMessage.safeParse(message);
        if (!parsed.success) return fail(new PeerRefusedError('the peer sent no valid hello'));
        hello = parsed.data;
        const mismatch = layoutMismatch(layoutSignature(), hello.layout);
        if (mismatch) return fail(new PeerRefusedError(mismatch));
        socket.send(
          JSON.stringify({
            t: 'auth',
            nodeId: identity.nodeId,
            name: identity.name,
            nonce: clientNonce,
            layout: layoutSignature(),
            ...(identity.auditKey ? { auditKey: identity.auditKey } : {}),
            proof: proof(secret, {
              role: 'client',
              serverNonce: hello.nonce,
              clientNonce,
              serverFingerprint: fingerprint,
              clientNodeId: identity.nodeId,
              serverNodeId: UNKNOWN_SERVER_NODE,
              clientKey: identity.auditKey ?? '',
            }),
          }),
        );
        return;
      }
      const welcome = welcomeMessage.safeParse(message);
      if (!welcome.success)
        return fail(new PeerRefusedError('the peer could not prove it knows the workspace secret'));
      const server = welcome.data;
      const input = {
        role: 'server' as const,
        serverNonce: hello.nonce,
        clientNonce,
        serverFingerprint: fingerprint,
        clientNodeId: identity.nodeId,
        serverNodeId: server.nodeId,
        clientKey: identity.auditKey ?? '',
        serverKey: server.auditKey ?? '',
      };
      if (!proofMatches(secret, input, server.proof))
        return fail(new PeerRefusedError('the peer could not prove it knows the workspace secret'));
      if (server.nodeId === identity.nodeId) return fail(new PeerRefusedError(SELF_DIAL));
      settled = true;
      clearTimeout(timer);
      socket.off('message', onFrame);
      socket.removeAllListeners('close');
      socket.removeAllListeners('error');
      socket.on('error', (error) =>
        log(`sync: connection to ${options.address}: ${error.message}`),
      );
      resolve({
        channel: channelFromSocket(
          socket,
          {
            nodeId: server.nodeId,
            name: server.name,
            address: options.address,
            ...(server.auditKey ? { auditKey: server.auditKey } : {}),
          },
          log,
        ),
        fingerprint,
      });
    };
    socket.on('message', onFrame);
  });
}
