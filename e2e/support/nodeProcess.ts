import { rememberNode } from './demoCredentials.ts';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { NODE_MEMORY_FLAGS } from '../../electron/core/nodeMemoryFlags.ts';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A headless Lantern node running as a real process on its own data folder. */
export interface NodeProcess {
  url: string;
  port: number;
  token: string;
  dataDir: string;
  /** The console URL with the token, as printed by the node. */
  consoleUrl: string;
  /** The process id, for reading its memory. */
  pid: number;
  /** SIGKILL: no shutdown hooks run. */
  kill(): Promise<void>;
  stop(): Promise<void>;
  output(): string;
}

/** How Node itself runs: extra flags (e.g. `--import` a clock shift) and environment. */
export interface NodeLaunch {
  nodeArgs?: string[];
  env?: Record<string, string>;
}

export async function startNodeProcess(
  dataDir: string,
  extraArgs: string[] = [],
  launch: NodeLaunch = {},
): Promise<NodeProcess> {
  mkdirSync(dataDir, { recursive: true });
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      ...NODE_MEMORY_FLAGS,
      ...(launch.nodeArgs ?? []),
      join(repoRoot, 'electron/core/serve.ts'),
      '--data',
      dataDir,
      ...(extraArgs.includes('--port') ? [] : ['--port', '0']),
      ...extraArgs,
    ],
    { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, ...launch.env } },
  );
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const consoleUrl = await waitForLine(child, () => output, /console:\s+(\S+)/);
  const parsed = new URL(consoleUrl);
  const token = parsed.searchParams.get('token') ?? '';
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  rememberNode({ url: parsed.origin, token });
  return {
    url: parsed.origin,
    port: Number(parsed.port),
    token,
    dataDir,
    consoleUrl,
    pid: child.pid ?? 0,
    output: () => output,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** How long a node may take to start; a machine shared by many test runs may need longer. */
const START_TIMEOUT_MS = Number(process.env.LANTERN_E2E_NODE_START_MS ?? 90_000) || 90_000;

function waitForLine(child: ChildProcess, output: () => string, pattern: RegExp): Promise<string> {
  return new Promise((done, fail) => {
    const timer = setTimeout(
      () =>
        fail(
          new Error(`Lantern node did not start within ${START_TIMEOUT_MS / 1000} s:\n${output()}`),
        ),
      START_TIMEOUT_MS,
    );
    const check = () => {
      const match = pattern.exec(output());
      if (match?.[1]) {
        clearTimeout(timer);
        done(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`Lantern node exited with ${code} before it was ready:\n${output()}`));
    });
  });
}
