import { parseArgs } from 'node:util';
import { DEFAULT_PORT, type NodeSyncOptions, type StartNodeOptions } from './node.ts';
import { decodeJoinCode } from './sync/joinCode.ts';

export class UsageError extends Error {
  override name = 'UsageError';
}

export const USAGE = `Usage: npm run serve -- --data <dir> [--port <port>] [--host 127.0.0.1] [--token <token>] [--demo]

  --data   folder holding this node's database, identity and token (created if missing)
  --port   HTTP port for the API, the browser UI and wall displays (default ${DEFAULT_PORT}; 0 = any free port)
  --host   address to bind (default 127.0.0.1; use 0.0.0.0 to serve wall displays on the LAN)
  --token  access token for the API and browsers (default: generated once and kept in the data folder)
  --demo   seed the fictional demo organisation once, into an empty node
  --help   print this and exit

Peer sync (off unless a workspace secret or join code is given):
  --workspace-secret <s>  the workspace's shared secret (at least 16 characters); peers prove they know it
  --sync-port <port>      TLS port peers connect to (default: the HTTP port + 1; 0 = any free port)
  --peer <host:port>      a peer's sync port to keep connected to (repeatable)
  --join <code>           a join code from another node (workspace, address, secret, fingerprint)
  --no-mdns               do not announce or discover peers on the LAN`;

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
        'workspace-secret': { type: 'string' },
        'sync-port': { type: 'string' },
        peer: { type: 'string', multiple: true },
        join: { type: 'string' },
        'no-mdns': { type: 'boolean', default: false },
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
  return {
    dataDir: values.data,
    port,
    host: values.host ?? '127.0.0.1',
    demo: values.demo,
    ...(values.token ? { token: values.token } : {}),
    ...(sync ? { sync } : {}),
  };
}

const PEER_ADDRESS = /^(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$/;

export function syncOptions(values: {
  'workspace-secret'?: string | undefined;
  'sync-port'?: string | undefined;
  peer?: string[] | undefined;
  join?: string | undefined;
  'no-mdns'?: boolean | undefined;
}): NodeSyncOptions | undefined {
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
  if (secret === undefined) {
    if (peers.length > 0 || values['sync-port'] !== undefined)
      throw new UsageError('--peer and --sync-port need --workspace-secret <s> (or --join <code>)');
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
  };
}
