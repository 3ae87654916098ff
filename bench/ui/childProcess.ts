import { spawn } from 'node:child_process';

/** Run a child process to the end; resolves with its stdout, rejects on a non-zero exit. */
export function runToEnd(command: string, args: string[], cwd: string): Promise<string> {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'] });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((done, fail) => {
    child.once('error', fail);
    child.once('exit', (code) =>
      code === 0
        ? done(output)
        : fail(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`)),
    );
  });
}
