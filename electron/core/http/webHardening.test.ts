// Browser-borne attacks against a running node (docs/security.md): a page on
// another site, a DNS-rebound host name, token guessing, bad upgrades and
// bodies that are not objects. Each is refused and changes nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFor } from '../access/signIn.testSupport.ts';
import { startNode, type LanternNode } from '../node.ts';

const TOKEN = 'test-token-0123456789';
let node: LanternNode;
let dataDir: string;
const logged: string[] = [];
/** Ada's session: a request refused here must be refused for where it came from, not for who sent it. */
let session: string | undefined;

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Record<string, unknown> | undefined;
}

/** A raw request: fetch may not set Host, and browsers' Origin must be forged here. */
function send(
  method: string,
  path: string,
  options: { headers?: Record<string, string>; body?: string; token?: string | null } = {},
): Promise<Answer> {
  const url = new URL(node.url);
  const headers: Record<string, string> = { host: url.host, ...options.headers };
  if (options.token !== null) headers.authorization = `Bearer ${options.token ?? session ?? TOKEN}`;
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: url.hostname, port: url.port, method, path, headers },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            headers: response.headers,
            body: text ? (JSON.parse(text) as Record<string, unknown>) : undefined,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** An upgrade over a raw socket: the status line the node answers, and whether it then closed. */
function rawUpgrade(
  path: string,
  headers: Record<string, string> = {},
): Promise<{ statusLine: string; closed: boolean }> {
  const url = new URL(node.url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(url.port), url.hostname);
    let received = '';
    const timer = setTimeout(() => {
      socket.destroy();
      resolve({ statusLine: received.split('\r\n')[0] ?? '', closed: false });
    }, 5_000);
    socket.on('data', (chunk) => {
      received += chunk.toString();
      // An accepted upgrade stays open; its status line is the answer.
      if (received.startsWith('HTTP/1.1 101')) socket.destroy();
    });
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ statusLine: received.split('\r\n')[0] ?? '', closed: true });
    });
    socket.on('error', reject);
    const lines = [
      `GET ${path} HTTP/1.1`,
      `Host: ${headers.host ?? url.host}`,
      'Connection: Upgrade',
      'Upgrade: websocket',
      'Sec-WebSocket-Version: 13',
      'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
      ...Object.entries(headers)
        .filter(([name]) => name !== 'host')
        .map(([name, value]) => `${name}: ${value}`),
    ];
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
  });
}

const declare = JSON.stringify({ title: 'Payments down', severity: 'SEV2', type: 'availability' });

async function incidentCount(): Promise<number> {
  return (await node.database.incidents.find().exec()).length;
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'lantern-hardening-'));
  node = await startNode({ dataDir, port: 0, token: TOKEN, log: (line) => logged.push(line) });
  const created = await send('POST', '/api/v1/commands/createWorkspace', {
    body: JSON.stringify({ input: { workspaceName: 'Northwind', displayName: 'Ada' } }),
  });
  expect(created.status).toBe(200);
  const personId = (created.body?.result as { person: { id: string } }).person.id;
  session = await sessionFor(node, personId, personId);
});

afterAll(async () => {
  await node.close();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('cross-site requests', () => {
  it('refuses a state-changing request from another origin and changes nothing', async () => {
    const before = await incidentCount();
    const answer = await send('POST', '/api/v1/incidents', {
      body: declare,
      headers: { origin: 'https://evil.example' },
    });
    expect(answer.status).toBe(403);
    expect(answer.body).toMatchObject({ error: { code: 'cross-origin' } });
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(await incidentCount()).toBe(before);
  });

  it('refuses Origin null and a browser that says the request is cross-site', async () => {
    const before = await incidentCount();
    const forged: Record<string, string>[] = [
      { origin: 'null' },
      { 'sec-fetch-site': 'cross-site' },
    ];
    for (const headers of forged) {
      const answer = await send('POST', '/api/v1/incidents', { body: declare, headers });
      expect(answer.status).toBe(403);
    }
    expect(await incidentCount()).toBe(before);
  });

  it('answers a CORS preflight from another origin without allowing it', async () => {
    const answer = await send('OPTIONS', '/api/v1/incidents', {
      token: null,
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    expect(answer.headers['access-control-allow-headers']).toBeUndefined();
  });

  it('accepts the same request from the node’s own origin', async () => {
    const before = await incidentCount();
    const answer = await send('POST', '/api/v1/incidents', {
      body: declare,
      headers: { origin: node.url, 'sec-fetch-site': 'same-origin' },
    });
    expect(answer.status).toBe(201);
    expect(await incidentCount()).toBe(before + 1);
  });
});

describe('DNS rebinding', () => {
  it('refuses a request whose Host is not one of the node’s names, token or not', async () => {
    const before = await incidentCount();
    const port = new URL(node.url).port;
    const write = await send('POST', '/api/v1/incidents', {
      body: declare,
      headers: {
        host: `rebind.evil.example:${port}`,
        origin: `http://rebind.evil.example:${port}`,
      },
    });
    expect(write.status).toBe(421);
    expect(write.body).toMatchObject({ error: { code: 'unknown-host' } });
    const read = await send('GET', '/api/v1/incidents', {
      headers: { host: `rebind.evil.example:${port}` },
    });
    expect(read.status).toBe(421);
    expect(await incidentCount()).toBe(before);
  });

  it('refuses the storage WebSocket upgrade from a rebound host or another origin', async () => {
    const port = new URL(node.url).port;
    const rebound = await rawUpgrade(`/api/v1/storage?token=${TOKEN}`, {
      host: `rebind.evil.example:${port}`,
    });
    expect(rebound.statusLine).toMatch(/^HTTP\/1\.1 421/);
    const foreign = await rawUpgrade(`/api/v1/storage?token=${TOKEN}`, {
      origin: 'https://evil.example',
    });
    expect(foreign.statusLine).toMatch(/^HTTP\/1\.1 403/);
    const own = await rawUpgrade(`/api/v1/storage?token=${TOKEN}`, { origin: node.url });
    expect(own.statusLine).toMatch(/^HTTP\/1\.1 101/);
  });
});

describe('upgrades and bodies', () => {
  it('answers and closes every upgrade to another path, and health still answers after hundreds', async () => {
    const one = await rawUpgrade('/not-a-socket');
    expect(one.statusLine).toMatch(/^HTTP\/1\.1 404/);
    expect(one.closed).toBe(true);
    const many = await Promise.all(
      Array.from({ length: 300 }, (_, i) => rawUpgrade(`/probe/${i}`)),
    );
    expect(many.every((answer) => answer.closed && answer.statusLine.includes(' 404'))).toBe(true);
    const health = await send('GET', '/api/v1/health', { token: null });
    expect(health.status).toBe(200);
  });

  it('refuses a body that is null, a list or a number with 400 on every kind of route', async () => {
    const routes = [
      '/api/v1/scenarios',
      '/api/v1/incidents',
      '/api/v1/commands/declareIncident',
      '/api/v1/scenarios/tabletop-ransomware/injects',
    ];
    for (const path of routes)
      for (const body of ['null', '[]', '42', '"text"']) {
        const answer = await send('POST', path, { body });
        expect(answer.status, `${path} with ${body}`).toBe(400);
        expect(answer.body).toMatchObject({ error: { code: 'invalid-body' } });
      }
  });
});

describe('wrong tokens', () => {
  it('throttles an address after a few wrong tokens, even when it then sends the right one', async () => {
    const wrong = (i: number) =>
      send('GET', '/api/v1/incidents', { token: `wrong-token-${i}xxxxxx` });
    for (let i = 0; i < 5; i += 1) expect((await wrong(i)).status).toBe(401);
    const throttled = await wrong(5);
    expect(throttled.status).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
    expect((await send('GET', '/api/v1/incidents')).status).toBe(429);
    const socket = await rawUpgrade(`/api/v1/storage?token=${TOKEN}`);
    expect(socket.statusLine).toMatch(/^HTTP\/1\.1 429/);
  });

  it('never wrote the token into the log', () => {
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.join('\n')).not.toContain(TOKEN);
  });
});
