import { readFileSync } from 'node:fs';
import { nkeyAuthenticator, type ConnectionOptions } from 'nats';

/** How a node reaches its hub: cluster members and this node's own credentials. */
export interface HubOptions {
  /** nats://host:port (or tls://host:port), one per cluster member given. */
  servers: string[];
  user?: string;
  password?: string;
  /** Path of a file holding this node's NKEY seed (SU…). */
  nkeyFile?: string;
  /** PEM file of the CA that signed the hub's certificates: turns TLS on. */
  caFile?: string;
  /** Client certificate and key (PEM files), when the hub asks for one. */
  certFile?: string;
  keyFile?: string;
}

const HUB_URL = /^(nats|tls):\/\/(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

export class HubOptionsError extends Error {
  override name = 'HubOptionsError';
}

/** Checks what `--hub*` flags or sync.json's `hub` say; the message names the field. */
export function checkHubOptions(options: HubOptions): HubOptions {
  if (options.servers.length === 0)
    throw new HubOptionsError('--hub needs at least one nats://host:port');
  for (const server of options.servers) {
    const match = HUB_URL.exec(server);
    if (!match || Number(match[3]) < 1 || Number(match[3]) > 65535)
      throw new HubOptionsError(
        `--hub must be nats://host:port (or tls://host:port), not "${server}"`,
      );
  }
  if ((options.user === undefined) !== (options.password === undefined))
    throw new HubOptionsError('--hub-user and --hub-password go together');
  if (options.user !== undefined && options.nkeyFile !== undefined)
    throw new HubOptionsError('give --hub-user/--hub-password or --hub-nkey, not both');
  if ((options.certFile === undefined) !== (options.keyFile === undefined))
    throw new HubOptionsError('--hub-cert and --hub-key go together');
  return options;
}

/** The nats client's options for this node: reconnect for ever, with its credentials. */
export function connectionOptions(options: HubOptions, nodeId: string): ConnectionOptions {
  const tls =
    options.caFile || options.certFile || options.servers.some((s) => s.startsWith('tls://'))
      ? {
          ...(options.caFile ? { caFile: options.caFile } : {}),
          ...(options.certFile ? { certFile: options.certFile } : {}),
          ...(options.keyFile ? { keyFile: options.keyFile } : {}),
        }
      : undefined;
  return {
    servers: options.servers.map((s) => s.replace(/^tls:\/\//, 'nats://')),
    name: `lantern-${nodeId}`,
    ...(options.user !== undefined ? { user: options.user, pass: options.password } : {}),
    ...(options.nkeyFile
      ? {
          authenticator: nkeyAuthenticator(
            new TextEncoder().encode(readFileSync(options.nkeyFile, 'utf8').trim()),
          ),
        }
      : {}),
    ...(tls ? { tls } : {}),
    reconnect: true,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 500,
    reconnectJitter: 100,
    pingInterval: 5_000,
    maxPingOut: 2,
    timeout: 3_000,
  };
}
