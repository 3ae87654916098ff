import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { NODE_MEMORY_FLAGS } from './nodeMemoryFlags.ts';

const serveScript = join(import.meta.dirname, 'serve.ts');
const clockShift = join(import.meta.dirname, 'scheduler', 'clockShift.testSupport.ts');
const running: ChildProcess[] = [];

/** A headless node running as its own process (`serve.ts --demo` on a free port). */
export interface ServedNode {
  child: ChildProcess;
  url: string;
  token: string;
  /** Resolves once the node prints its console URL; rejects if it exits first. */
  ready: Promise<void>;
  exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

export interface ServeLaunch {
  /** Moves the node's clock forward (time spent switched off), through the `--import` clock shift. */
  clockShiftMs?: number;
  /** Extra environment, e.g. a test hook. */
  env?: Record<string, string>;
}

/** Start the node on `dataDir`; `killServedNodes` (in afterEach) stops whatever is still running. */
export function serveNode(dataDir: string, launch: ServeLaunch = {}): ServedNode {
  const shifted = launch.clockShiftMs !== undefined;
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      ...NODE_MEMORY_FLAGS,
      ...(shifted ? ['--import', clockShift] : []),
      serveScript,
      '--data',
      dataDir,
      '--port',
      '0',
      '--demo',
    ],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        ...(shifted ? { LANTERN_TEST_CLOCK_SHIFT_MS: String(launch.clockShiftMs) } : {}),
        ...launch.env,
      },
    },
  );
  running.push(child);
  let output = '';
  const served = { child, url: '', token: '' } as ServedNode;
  served.exit = new Promise((done) => child.once('exit', (code, signal) => done({ code, signal })));
  served.ready = new Promise((done, fail) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /console:\s+(\S+)/.exec(output);
      if (!match?.[1]) return;
      const url = new URL(match[1]);
      served.url = url.origin;
      served.token = url.searchParams.get('token') ?? '';
      done();
    });
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void served.exit.then(() => fail(new Error(`node exited before it was ready:\n${output}`)));
  });
  return served;
}

export function killServedNodes(): void {
  for (const child of running.splice(0)) child.kill('SIGKILL');
}
