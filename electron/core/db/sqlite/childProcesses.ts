import { spawn } from 'node:child_process';
import type { ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

/** Starts a test child script under the same Node 22 that runs the tests. */
export function startTestProcess(script: string, args: string[]): ChildProcessWithoutNullStreams {
  const file = fileURLToPath(new URL(`./testProcesses/${script}`, import.meta.url));
  return spawn(process.execPath, ['--disable-warning=ExperimentalWarning', file, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
}

/** Calls `onLine` for each stdout line until it returns true; resolves with that line. */
export function waitForLine(
  child: ChildProcessWithoutNullStreams,
  onLine: (line: string) => boolean,
): Promise<string> {
  return new Promise((resolve, reject) => {
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines = createInterface({ input: child.stdout });
    lines.on('line', (line) => {
      if (onLine(line)) {
        lines.close();
        resolve(line);
      }
    });
    child.on('exit', (code) =>
      reject(new Error(`test process exited (${code}) before the expected line: ${stderr}`)),
    );
  });
}

export function waitForExit(child: ChildProcessWithoutNullStreams): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) {
    return Promise.resolve();
  }
  return new Promise((resolve) => child.on('exit', () => resolve()));
}
