import { BehaviorSubject } from 'rxjs';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { describe, expect, it } from 'vitest';
import { CommandError } from '../../../../shared/commands/errors.ts';
import type { ConnectionState } from '../../../../shared/contract/bridge.ts';
import { NodeUnreachableError } from './bridgeErrors.ts';
import { createBrowserBridge } from './browserBridge.ts';

interface SentRequest {
  url: string;
  init: RequestInit | undefined;
}

/** A node answering over HTTP with fixed replies, recording what it was sent. */
function nodeAnswering(status: number, body: unknown) {
  const sent: SentRequest[] = [];
  const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
    sent.push({ url: String(url), init });
    return new Response(JSON.stringify(body), {
      status,
      headers: { 'Content-Type': 'application/json' },
    });
  };
  return { sent, fetch: fetch as typeof globalThis.fetch };
}

function bridgeFor(fetch: typeof globalThis.fetch, readOnly = false) {
  const storage = {
    storage: getRxStorageMemory(),
    state$: new BehaviorSubject<ConnectionState>('online'),
    close: () => undefined,
  };
  return createBrowserBridge({
    origin: 'http://10.0.0.5:4870',
    token: 'secret',
    readOnly,
    storage,
    fetch,
  });
}

const actor = { kind: 'person', id: 'person-1' } as const;

describe('browser bridge', () => {
  it('posts the command with its input and bearer token, never naming an actor, and returns the result', async () => {
    const node = nodeAnswering(200, { result: { id: 'inc-1' } });
    const result = await bridgeFor(node.fetch).sendCommand(
      'declareIncident',
      { title: 'Down', severity: 'SEV1' },
      actor,
    );

    expect(result).toEqual({ id: 'inc-1' });
    const [request] = node.sent;
    expect(request?.url).toBe('http://10.0.0.5:4870/api/v1/commands/declareIncident');
    expect(request?.init?.method).toBe('POST');
    expect(new Headers(request?.init?.headers).get('Authorization')).toBe('Bearer secret');
    // The node takes the actor from the session; a named one would be refused.
    expect(JSON.parse(String(request?.init?.body))).toEqual({
      input: { title: 'Down', severity: 'SEV1' },
    });
  });

  it('first run creates the workspace with the node token, then sends commands with the new session', async () => {
    const sent: SentRequest[] = [];
    const replies: Record<string, [number, unknown]> = {
      '/api/v1/workspace': [201, { result: { person: { id: 'person-1' } } }],
      '/api/v1/sessions': [201, { token: 'ls1.session-1.abc' }],
      '/api/v1/commands/declareIncident': [200, { result: { id: 'inc-1' } }],
    };
    const fetch = async (url: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(url), init });
      const [status, body] = replies[new URL(String(url)).pathname] ?? [404, {}];
      return new Response(JSON.stringify(body), { status });
    };
    const bridge = bridgeFor(fetch as typeof globalThis.fetch);
    const created = await bridge.createWorkspace?.({
      workspaceName: 'Northwind',
      displayName: 'Ada',
      passphrase: 'correct horse battery staple',
    });
    await bridge.sendCommand('declareIncident', { title: 'Down', severity: 'SEV1' }, actor);

    expect(created).toEqual({ personId: 'person-1' });
    const bearers = sent.map((r) => new Headers(r.init?.headers).get('Authorization'));
    expect(bearers).toEqual(['Bearer secret', 'Bearer secret', 'Bearer ls1.session-1.abc']);
    expect(JSON.parse(String(sent[1]?.init?.body))).toEqual({
      personId: 'person-1',
      passphrase: 'correct horse battery staple',
    });
  });

  it('rebuilds the typed error with its field problems', async () => {
    const problems = [{ field: 'title', reason: 'give the incident a title' }];
    const node = nodeAnswering(400, {
      error: { code: 'invalid-input', message: 'Invalid input — title', problems },
    });
    const failure = await bridgeFor(node.fetch)
      .sendCommand('declareIncident', { title: '', severity: 'SEV1' }, actor)
      .catch((error: unknown) => error);

    expect(failure).toBeInstanceOf(CommandError);
    expect(failure).toMatchObject({ code: 'invalid-input', problems });
  });

  it('explains a refused token', async () => {
    const node = nodeAnswering(401, {});
    await expect(bridgeFor(node.fetch).nodeInfo()).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('reads node info from the health endpoint', async () => {
    const info = { status: 'ok', version: '0.1.0', nodeId: 'node-a', databaseName: 'lantern' };
    const node = nodeAnswering(200, info);
    expect(await bridgeFor(node.fetch).nodeInfo()).toEqual(info);
    expect(node.sent[0]?.url).toBe('http://10.0.0.5:4870/api/v1/health');
  });

  it('loads the demo organisation through its endpoint', async () => {
    const node = nodeAnswering(200, { result: { people: 12 } });
    expect(await bridgeFor(node.fetch).seedDemo()).toEqual({ people: 12 });
    expect(node.sent[0]?.url).toBe('http://10.0.0.5:4870/api/v1/workspace/demo');
  });

  it('refuses writes from a wall display without asking the node', async () => {
    const node = nodeAnswering(200, { result: {} });
    await expect(
      bridgeFor(node.fetch, true).sendCommand(
        'declareIncident',
        { title: 'x', severity: 'SEV1' },
        actor,
      ),
    ).rejects.toMatchObject({
      code: 'forbidden',
    });
    expect(node.sent).toHaveLength(0);
  });

  it('names the node it cannot reach', async () => {
    const unreachable = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    await expect(bridgeFor(unreachable).nodeInfo()).rejects.toBeInstanceOf(NodeUnreachableError);
  });
});

describe('browser bridge access check', () => {
  it('fails with a clear message when the node refuses the token', async () => {
    const refusal = {
      error: { code: 'unauthenticated', message: 'Send the node token', problems: [] },
    };
    await expect(bridgeFor(nodeAnswering(401, refusal).fetch).checkAccess()).rejects.toMatchObject({
      code: 'forbidden',
      message: expect.stringContaining('access token'),
    });
  });

  it('passes when the node answers an authenticated request', async () => {
    const node = nodeAnswering(200, { openapi: '3.1.0' });
    await bridgeFor(node.fetch).checkAccess();
    expect(new Headers(node.sent[0]?.init?.headers).get('Authorization')).toBe('Bearer secret');
  });
});

describe('an administrator’s first passphrase', () => {
  it('is set with the node token, then the administrator is signed in and acts with their own session', async () => {
    const sent: SentRequest[] = [];
    const replies = [
      { status: 200, body: { result: {} } },
      { status: 201, body: { token: 'ls1.session' } },
      { status: 200, body: { result: { id: 'inc-1' } } },
    ];
    const fetch = (async (url: RequestInfo | URL, init?: RequestInit) => {
      sent.push({ url: String(url), init });
      const reply = replies.shift() ?? { status: 500, body: {} };
      return new Response(JSON.stringify(reply.body), { status: reply.status });
    }) as typeof globalThis.fetch;
    const bridge = bridgeFor(fetch);

    await bridge.setFirstPassphrase?.('yusuf-demir', 'lanterns light the war room');
    await bridge.sendCommand('declareIncident', { title: 'Down', severity: 'SEV1' }, actor);

    const [credentials, signIn, command] = sent;
    expect(credentials?.url).toBe('http://10.0.0.5:4870/api/v1/people/yusuf-demir/credentials');
    expect(credentials?.init?.method).toBe('PUT');
    expect(new Headers(credentials?.init?.headers).get('Authorization')).toBe('Bearer secret');
    expect(JSON.parse(String(credentials?.init?.body))).toEqual({
      passphrase: 'lanterns light the war room',
    });
    expect(signIn?.url).toBe('http://10.0.0.5:4870/api/v1/sessions');
    expect(new Headers(command?.init?.headers).get('Authorization')).toBe('Bearer ls1.session');
  });

  it('passes on the node’s refusal (not an administrator) and signs no one in', async () => {
    const node = nodeAnswering(403, {
      error: { code: 'forbidden', message: 'Only an administrator may set this', problems: [] },
    });
    const bridge = bridgeFor(node.fetch);
    await expect(bridge.setFirstPassphrase?.('kevin-murphy', 'a long passphrase')).rejects.toThrow(
      'Only an administrator may set this',
    );
    expect(node.sent).toHaveLength(1);
  });
});
