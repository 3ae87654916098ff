import { parseArgs } from 'node:util';
import { DEFAULT_PORT, type NodeSyncOptions, type StartNodeOptions } from './node.ts';
import { decodeJoinCode } from './sync/joinCode.ts';
import { checkHubOptions, type HubOptions } from './sync/hub/hubOptions.ts';
import { DEFAULT_LEASE_TIMING, type LeaseTiming } from '../../shared/scheduling/takeoverRule.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run serve -- --data <dir> [--port <port>] [--host 127.0.0.1] [--token <token>] [--demo]

  --data   folder holding this node's database, identity and token (created if missing)
  --port   HTTP port for the API, the browser UI and wall displays (default ${DEFAULT_PORT}; 0 = any free port)
  --host   address to bind (default 127.0.0.1; use 0.0.0.0 to serve wall displays on the LAN)
  --token  access token for the API and browsers (default: generated once and kept in the data folder)
  --demo   seed the fictional demo organisation once, into an empty node
  --allowed-host <name>  a host name browsers reach this node by, besides its own names and addresses (repeatable)
  --help   print this and exit

Peer sync (off unless a workspace secret or join code is given):
  --workspace-secret <s>  the workspace's shared secret (at least 16 characters); peers prove they know it
  --sync-port <port>      TLS port peers connect to (default: the HTTP port + 1; 0 = any free port)
  --peer <host:port>      a peer's sync port to keep connected to (repeatable)
  --join <code>           a join code from another node (workspace, address, secret, fingerprint)
  --no-mdns               do not announce or discover peers on the LAN

Hub (a NATS JetStream cluster the sites meet at; needs the workspace secret; docs/hub.md):
  --hub <nats://host:port>    a hub server (repeatable: give every cluster member)
  --hub-user <user>           this node's NATS user (with --hub-password)
  --hub-password <password>   its password
  --hub-nkey <file>           a file holding this node's NKEY seed, instead of user and password
  --hub-ca <file>             CA certificate (PEM) of the hub: connect over TLS
  --hub-cert <file>, --hub-key <file>   client certificate and key, when the hub asks for one

Scheduled work (docs/takeover.md):
  --lease-ms <ms>         how long a scheduler-lease renewal lasts (default 90000)
  --lease-skew-ms <ms>    clock-skew margin peers add before taking over (default 30000)`;

/** `--help` or `-h` anywhere: print the usage and start nothing. */
export function wantsHelp(argv: readonly string[]): boolean {
  return argv.includes('--help') || argv.includes('-h');
}

/** Command-line arguments of the headless node, checked before anything starts. */
export function parseServeArguments(argv: string[]): StartNodeOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
        token: { type: 'string' },
        demo: { type: 'boolean', default: false },
        'allowed-host': { type: 'string', multiple: true },
        'workspace-secret': { type: 'string' },
        'sync-port': { type: 'string' },
        peer: { type: 'string', multiple: true },
        join: { type: 'string' },
        'no-mdns': { type: 'boolean', default: false },
        hub: { type: 'string', multiple: true },
        'hub-user': { type: 'string' },
        'hub-password': { type: 'string' },
        'hub-nkey': { type: 'string' },
        'hub-ca': { type: 'string' },
        'hub-cert': { type: 'string' },
        'hub-key': { type: 'string' },
        'lease-ms': { type: 'string' },
        'lease-skew-ms': { type: 'string' },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (!values.data)
    throw new UsageError('--data <dir> is required: the folder where this node keeps its records');
  const port = values.port === undefined ? DEFAULT_PORT : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be a number from 0 to 65535, not "${values.port}"`);
  if (values.token !== undefined && values.token.length < 16)
    throw new UsageError('--token must be at least 16 characters');
  const sync = syncOptions(values);
  const lease = leaseOptions(values);
  return {
    dataDir: values.data,
    port,
    host: values.host ?? '127.0.0.1',
    demo: values.demo,
    ...(values['allowed-host'] ? { allowedHosts: values['allowed-host'] } : {}),
    ...(values.token ? { token: values.token } : {}),
    ...(sync ? { sync } : {}),
    ...(lease ? { lease } : {}),
  };
}

/** `--lease-ms` and `--lease-skew-ms` (tests use short leases; both default when absent). */
function leaseOptions(values: {
  'lease-ms'?: string | undefined;
  'lease-skew-ms'?: string | undefined;
}): LeaseTiming | undefined {
  if (values['lease-ms'] === undefined && values['lease-skew-ms'] === undefined) return undefined;
  const read = (flag: 'lease-ms' | 'lease-skew-ms', fallback: number, min: number) => {
    const raw = values[flag];
    if (raw === undefined) return fallback;
    const ms = Number(raw);
    if (!Number.isInteger(ms) || ms < min || ms > 3_600_000)
      throw new UsageError(
        `--${flag} must be whole milliseconds from ${min} to 3600000, not "${raw}"`,
      );
    return ms;
  };
  return {
    leaseMs: read('lease-ms', DEFAULT_LEASE_TIMING.leaseMs, 100),
    skewMarginMs: read('lease-skew-ms', DEFAULT_LEASE_TIMING.skewMarginMs, 0),
  };
}

const PEER_ADDRESS = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

export interface SyncFlags {
  'workspace-secret'?: string | undefined;
  'sync-port'?: string | undefined;
  peer?: string[] | undefined;
  join?: string | undefined;
  'no-mdns'?: boolean | undefined;
  hub?: string[] | undefined;
  'hub-user'?: string | undefined;
  'hub-password'?: string | undefined;
  'hub-nkey'?: string | undefined;
  'hub-ca'?: string | undefined;
  'hub-cert'?: string | undefined;
  'hub-key'?: string | undefined;
}

export function syncOptions(values: SyncFlags): NodeSyncOptions | undefined {
  let secret = values['workspace-secret'];
  const peers = [...(values.peer ?? [])];
  const pinned: Record<string, string> = {};
  if (values.join !== undefined) {
    let code;
    try {
      code = decodeJoinCode(values.join);
    } catch (error) {
      throw new UsageError(`--join: ${(error as Error).message}`);
    }
    if (secret !== undefined && secret !== code.secret)
      throw new UsageError('--join and --workspace-secret name different secrets: give one');
    secret = code.secret;
    peers.push(code.address);
    pinned[code.address] = code.fingerprint;
  }
  const hub = hubOptions(values);
  if (secret === undefined) {
    if (peers.length > 0 || values['sync-port'] !== undefined || hub)
      throw new UsageError(
        '--peer, --sync-port and --hub need --workspace-secret <s> (or --join <code>)',
      );
    return undefined;
  }
  if (secret.length < 16) throw new UsageError('--workspace-secret must be at least 16 characters');
  for (const peer of peers) {
    const match = PEER_ADDRESS.exec(peer);
    if (!match || Number(match[2]) < 1 || Number(match[2]) > 65535)
      throw new UsageError(`--peer must be host:port (a peer's sync port), not "${peer}"`);
  }
  const syncPort = values['sync-port'] === undefined ? undefined : Number(values['sync-port']);
  if (syncPort !== undefined && (!Number.isInteger(syncPort) || syncPort < 0 || syncPort > 65535))
    throw new UsageError(
      `--sync-port must be a number from 0 to 65535, not "${values['sync-port']}"`,
    );
  return {
    secret,
    peers,
    mdns: !values['no-mdns'],
    ...(syncPort !== undefined ? { port: syncPort } : {}),
    ...(Object.keys(pinned).length > 0 ? { pinned } : {}),
    ...(hub ? { hub } : {}),
  };
}

function hubOptions(values: SyncFlags): HubOptions | undefined {
  const servers = values.hub ?? [];
  const credentials = [
    values['hub-user'],
    values['hub-password'],
    values['hub-nkey'],
    values['hub-ca'],
    values['hub-cert'],
    values['hub-key'],
  ];
  if (servers.length === 0) {
    if (credentials.some((value) => value !== undefined))
      throw new UsageError(
        '--hub-user, --hub-nkey and the other --hub-* flags need --hub <nats://host:port>',
      );
    return undefined;
  }
  const given = {
    servers,
    user: values['hub-user'],
    password: values['hub-password'],
    nkeyFile: values['hub-nkey'],
    caFile: values['hub-ca'],
    certFile: values['hub-cert'],
    keyFile: values['hub-key'],
  };
  const options = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as unknown as HubOptions;
  try {
    return checkHubOptions(options);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}
