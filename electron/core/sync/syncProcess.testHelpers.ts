import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, connect, type Server, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sessionsOn } from '../access/signIn.testSupport.ts';
import { NODE_MEMORY_FLAGS } from '../nodeMemoryFlags.ts';

/**
 * Out-of-process sync tests: headless nodes as real processes on loopback,
 * each peer link through a TCP relay the test can cut (a network partition)
 * and heal. Clock skew comes from the scheduler's `--import` clock shift.
 */
/** Administers the demo workspace; gives people their credentials on each node. */
const DEMO_ADMINISTRATOR = 'yusuf-demir';
const serveScript = join(import.meta.dirname, '..', 'serve.ts');
const clockShift = join(import.meta.dirname, '..', 'scheduler', 'clockShift.testSupport.ts');
export const TEST_SECRET = 'correct-horse-battery-staple-lantern';

/**
 * Linux hands out 32768–60999 as the local ports of outgoing connections, so
 * a port chosen there (listen(0)) can be taken by some client socket before a
 * node restarted after SIGKILL binds it again. Test ports come from below.
 */
const TEST_PORTS = { from: 20_000, to: 32_000 } as const;
const handedOut = new Set<number>();

function bindable(port: number): Promise<boolean> {
  const server = createServer();
  return new Promise((resolve) => {
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

/** A port nothing listens on, outside the range the kernel gives outgoing connections. */
export async function freePort(): Promise<number> {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    const port = TEST_PORTS.from + Math.floor(Math.random() * (TEST_PORTS.to - TEST_PORTS.from));
    if (handedOut.has(port)) continue;
    handedOut.add(port);
    if (await bindable(port)) return port;
  }
  throw new Error(`no free port between ${TEST_PORTS.from} and ${TEST_PORTS.to}`);
}

/** A TCP relay to one peer's sync port; `cut()` drops every connection and refuses new ones. */
export class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  private open = true;
  port = 0;
  private readonly target: number;

  constructor(target: number) {
    this.target = target;
  }

  async listen(): Promise<this> {
    const server = createServer((client) => {
      if (!this.open) return client.destroy();
      const upstream = connect(this.target, '127.0.0.1');
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('error', () => undefined);
        socket.on('close', () => {
          this.sockets.delete(socket);
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    this.server = server;
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    this.port = (server.address() as { port: number }).port;
    return this;
  }

  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  heal(): void {
    this.open = true;
  }

  async close(): Promise<void> {
    this.cut();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}

export interface SyncNodeProcess {
  name: string;
  dataDir: string;
  url: string;
  token: string;
  pid: number;
  api<T = unknown>(
    method: string,
    path: string,
    body?: unknown,
    actor?: string,
  ): Promise<{ status: number; body: T }>;
  stop(): Promise<void>;
  kill(): Promise<void>;
  output(): string;
}

export interface SyncNodeLaunch {
  name: string;
  dataDir: string;
  httpPort: number;
  syncPort: number;
  peers: number[];
  demo?: boolean;
  skewMs?: number;
  secret?: string;
  /** Join with a code instead of a secret and peers. */
  joinCode?: string;
  /** More serve flags (the hub tests: `--hub …`; a short scheduler lease). */
  extraArgs?: string[];
  /** More environment (e.g. a test hook). */
  env?: Record<string, string>;
  /** How long to wait for the node to start (default 60 s; a busy machine needs more). */
  startTimeoutMs?: number;
}

export async function startSyncNode(launch: SyncNodeLaunch): Promise<SyncNodeProcess> {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      ...NODE_MEMORY_FLAGS,
      '--import',
      clockShift,
      serveScript,
      '--data',
      launch.dataDir,
      '--port',
      String(launch.httpPort),
      '--sync-port',
      String(launch.syncPort),
      ...(launch.joinCode
        ? ['--join', launch.joinCode]
        : ['--workspace-secret', launch.secret ?? TEST_SECRET]),
      '--no-mdns',
      ...launch.peers.flatMap((port) => ['--peer', `127.0.0.1:${port}`]),
      ...(launch.demo ? ['--demo'] : []),
      ...(launch.extraArgs ?? []),
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        LANTERN_TEST_CLOCK_SHIFT_MS: String(launch.skewMs ?? 0),
        ...launch.env,
      },
    },
  );
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const consoleUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`${launch.name} did not start:\n${output}`)),
      launch.startTimeoutMs ?? 60_000,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /console:\s+(\S+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${launch.name} exited with ${code}:\n${output}`));
    });
  });
  const parsed = new URL(consoleUrl);
  const token = parsed.searchParams.get('token') ?? '';
  const sessionOf = sessionsOn(() => ({ url: parsed.origin, token }), DEMO_ADMINISTRATOR);
  return {
    name: launch.name,
    dataDir: launch.dataDir,
    url: parsed.origin,
    token,
    pid: child.pid ?? 0,
    output: () => output,
    async api(method, path, body, actor) {
      // Reads go with the node token (the operator may read); every write is a
      // person's, signed in on this node: the one named, else the administrator.
      const person = actor ?? (method === 'GET' ? undefined : DEMO_ADMINISTRATOR);
      const bearer = person ? await sessionOf(person) : token;
      const response = await fetch(`${parsed.origin}${path}`, {
        method,
        headers: {
          authorization: `Bearer ${bearer}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as never };
    },
    async stop() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      await exited;
    },
    async kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

export function temporaryFolder(): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'lantern-sync-proc-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Poll until `check` holds; the limit only stops a hung test, it is not what is tested. */
export async function until(
  check: () => Promise<boolean>,
  what: string,
  timeoutMs = 60_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const started = Date.now();
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`not reached: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  if (process.env.LANTERN_SYNC_TEST_TRACE) console.error(`${what}: ${Date.now() - started} ms`);
}
