import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { connect } from 'nats';
import { freePort, until } from '../syncProcess.testHelpers.ts';

/**
 * A real three-server NATS JetStream cluster on loopback for the hub tests:
 * free client and route ports, a temporary store folder per server, users
 * in accounts (one account per workspace, as docs/hub.md advises). Servers
 * can be killed, stopped and started again on the same ports and stores.
 */
export const NATS_SERVER = '/usr/sbin/nats-server';
export const natsServerInstalled = existsSync(NATS_SERVER);

export interface NatsUser {
  user: string;
  password: string;
}

export interface NatsCluster {
  /** nats://127.0.0.1:port of each server. */
  urls: string[];
  ports: number[];
  kill(index: number): Promise<void>;
  stop(index: number): Promise<void>;
  start(index: number): Promise<void>;
  /** Every server answers and JetStream has a meta leader. */
  ready(user: NatsUser): Promise<void>;
  close(): Promise<void>;
}

const SIZE = 3;

function serverConfig(
  index: number,
  ports: number[],
  routes: number[],
  store: string,
  accounts: Record<string, NatsUser[]>,
): string {
  const accountBlocks = Object.entries(accounts)
    .map(([name, users]) => {
      const list = users
        .map((u) => `{ user: ${JSON.stringify(u.user)}, password: ${JSON.stringify(u.password)} }`)
        .join(', ');
      return `  ${name}: { jetstream: enabled, users: [ ${list} ] }`;
    })
    .join('\n');
  return `server_name: hub${index}
listen: 127.0.0.1:${ports[index]}
jetstream { store_dir: ${JSON.stringify(store)}, max_memory_store: 32MB, max_file_store: 512MB }
cluster {
  name: lantern-test-hub
  # Clients reach the servers only through the addresses they were given
  # (the tests put relays there to cut a site off).
  no_advertise: true
  listen: 127.0.0.1:${routes[index]}
  routes: [ ${routes.map((port) => `nats-route://127.0.0.1:${port}`).join(', ')} ]
}
accounts {
${accountBlocks}
}
`;
}

export async function startNatsCluster(accounts: Record<string, NatsUser[]>): Promise<NatsCluster> {
  const folder = mkdtempSync(join(tmpdir(), 'lantern-nats-'));
  const ports: number[] = [];
  const routes: number[] = [];
  for (let i = 0; i < SIZE; i++) {
    ports.push(await freePort());
    routes.push(await freePort());
  }
  const processes: (ChildProcess | undefined)[] = [];
  const configs = ports.map((_, i) => {
    const path = join(folder, `hub${i}.conf`);
    writeFileSync(path, serverConfig(i, ports, routes, join(folder, `store${i}`), accounts));
    return path;
  });
  const start = async (i: number) => {
    const child = spawn(NATS_SERVER, ['-c', configs[i] as string], { stdio: 'ignore' });
    processes[i] = child;
    await until(
      () =>
        connect({ servers: `127.0.0.1:${ports[i]}`, user: 'probe', pass: 'probe', timeout: 500 })
          .then(() => true)
          .catch((error: Error) => /authori/i.test(error.message)),
      `nats server hub${i} listening`,
    );
  };
  const end = async (i: number, signal: NodeJS.Signals) => {
    const child = processes[i];
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  };
  for (let i = 0; i < SIZE; i++) await start(i);
  return {
    urls: ports.map((port) => `nats://127.0.0.1:${port}`),
    ports,
    kill: (i) => end(i, 'SIGKILL'),
    stop: (i) => end(i, 'SIGTERM'),
    start,
    async ready(user) {
      await until(async () => {
        const connection = await connect({
          servers: ports.map((port) => `127.0.0.1:${port}`),
          user: user.user,
          pass: user.password,
          timeout: 1000,
        });
        try {
          await (await connection.jetstreamManager()).getAccountInfo();
          return true;
        } finally {
          await connection.close();
        }
      }, 'JetStream cluster has a leader');
    },
    async close() {
      for (let i = 0; i < SIZE; i++) await end(i, 'SIGKILL');
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
