import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sessionFor } from './access/signIn.testSupport.ts';

const serveScript = join(import.meta.dirname, 'serve.ts');
const running: ChildProcess[] = [];
const folders: string[] = [];

interface Served {
  child: ChildProcess;
  url: string;
  token: string;
  output: () => string;
  exit: Promise<number | null>;
}

function serve(dataDir: string, ...args: string[]): Served & { ready: Promise<void> } {
  const child = spawn(
    process.execPath,
    [
      '--disable-warning=ExperimentalWarning',
      serveScript,
      '--data',
      dataDir,
      '--port',
      '0',
      ...args,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  running.push(child);
  let output = '';
  const served = { child, url: '', token: '', output: () => output } as Served & {
    ready: Promise<void>;
  };
  served.exit = new Promise((done) => child.once('exit', (code) => done(code)));
  served.ready = new Promise((done, fail) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /console:\s+(\S+)/.exec(output);
      if (match?.[1]) {
        const url = new URL(match[1]);
        served.url = url.origin;
        served.token = url.searchParams.get('token') ?? '';
        done();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    void served.exit.then(() => fail(new Error(`node exited before it was ready:\n${output}`)));
  });
  return served;
}

/** Posts with `bearer` (a person's session), or the node token where no one can sign in yet. */
async function post(node: Served, path: string, body: unknown, bearer = node.token) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return {
    status: response.status,
    body: (await response.json()) as { id: string; result: { person: { id: string } } },
  };
}

function tempDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lantern-serve-'));
  folders.push(dir);
  return dir;
}

afterEach(() => {
  for (const child of running.splice(0)) child.kill('SIGKILL');
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('headless node process', () => {
  it('keeps every acknowledged write across a SIGKILL', async () => {
    const dataDir = tempDataDir();
    const first = serve(dataDir);
    await first.ready;
    const created = await post(first, '/commands/createWorkspace', {
      input: { workspaceName: 'Northwind', displayName: 'Ada' },
    });
    const ada = created.body.result.person.id;
    const session = await sessionFor(first, ada, ada);
    const acknowledged: string[] = [];
    for (let i = 0; i < 20; i++) {
      const { status, body } = await post(
        first,
        '/incidents',
        { title: `Incident ${i}`, severity: 'SEV3' },
        session,
      );
      expect(status).toBe(201);
      acknowledged.push(body.id);
    }
    first.child.kill('SIGKILL');
    await first.exit;

    const second = serve(dataDir);
    await second.ready;
    expect(second.token).toBe(first.token);
    const listed = (await (
      await fetch(`${second.url}/api/v1/incidents`, {
        headers: { authorization: `Bearer ${second.token}` },
      })
    ).json()) as { id: string }[];
    expect(listed.map((i) => i.id).sort()).toEqual([...acknowledged].sort());
  });

  it('refuses to open a data folder another node is using, with a clear message', async () => {
    const dataDir = tempDataDir();
    const owner = serve(dataDir);
    await owner.ready;
    const intruder = serve(dataDir);
    await expect(intruder.ready).rejects.toThrow(/already in use by another Lantern process/);
    expect(await intruder.exit).toBe(1);
    // The owner is unharmed.
    expect(
      (
        await post(owner, '/commands/createWorkspace', {
          input: { workspaceName: 'Still fine', displayName: 'Ada' },
        })
      ).status,
    ).toBe(200);
  });

  it('explains bad arguments and exits with status 2', async () => {
    const bad = serve(tempDataDir(), '--port', 'eighty');
    await expect(bad.ready).rejects.toThrow(/--port must be a number/);
    expect(await bad.exit).toBe(2);
  });
});
