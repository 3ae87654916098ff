// A hostile or broken peer on the storage WebSocket: every bad message gets
// an error answer or a closed socket, the node stays up, the data does not
// change and a normal window still works afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RXDB_VERSION } from 'rxdb';
import { WebSocket } from 'ws';
import { openTestClient, startTestNode, TEST_TOKEN } from './remoteStorage.testHelpers.ts';
import type { TestNode } from './remoteStorage.testHelpers.ts';

type Answer = {
  connectionId: string;
  answerTo: string;
  method: string;
  return?: unknown;
  error?: { name: string; message: string };
};

type RawPeer = {
  send(frame: string | Buffer): void;
  answerTo(requestId: string): Promise<Answer>;
  closed: Promise<number>;
};

let node: TestNode;
let peer: RawPeer;
let snapshotBefore: string;
let requestCount = 0;

async function connectRawPeer(mode = 'console'): Promise<RawPeer> {
  const socket = new WebSocket(`${node.url}?token=${TEST_TOKEN}&mode=${mode}`);
  const answers: Answer[] = [];
  const waiting = new Set<() => void>();
  socket.on('message', (data) => {
    answers.push(JSON.parse(String(data)) as Answer);
    for (const wake of waiting) wake();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise((resolve, reject) => socket.on('open', resolve).on('error', reject));
  const answerTo = async (requestId: string): Promise<Answer> => {
    for (;;) {
      const index = answers.findIndex((answer) => answer.answerTo === requestId);
      if (index >= 0) return answers.splice(index, 1)[0] as Answer;
      await new Promise<void>((resolve) => waiting.add(resolve)).finally(() => waiting.clear());
    }
  };
  return { send: (frame) => socket.send(frame), answerTo, closed };
}

const wireSchema = (): unknown =>
  JSON.parse(JSON.stringify(node.database.incidents.storageInstance.schema));

function request(
  method: string,
  params: unknown,
  connectionId = 'c-incidents',
): { requestId: string; text: string } {
  const requestId = `r${requestCount++}`;
  return {
    requestId,
    text: JSON.stringify({ connectionId, requestId, method, version: RXDB_VERSION, params }),
  };
}

async function ask(method: string, params: unknown, connectionId?: string): Promise<Answer> {
  const { requestId, text } = request(method, params, connectionId);
  peer.send(text);
  return peer.answerTo(requestId);
}

const createParams = (overrides: object = {}): object => ({
  databaseName: node.database.name,
  collectionName: 'incidents',
  schema: wireSchema(),
  ...overrides,
});

async function snapshot(): Promise<string> {
  const docs = await node.database.incidents.find({ sort: [{ id: 'asc' }] }).exec();
  return JSON.stringify(docs.map((doc) => doc.toJSON(true)));
}

beforeAll(async () => {
  node = await startTestNode();
  await node.database.incidents.bulkInsert([
    { id: 'inc-1', title: 'Payments down', severity: 1 },
    { id: 'inc-2', title: 'VPN flapping', severity: 3 },
  ]);
  snapshotBefore = await snapshot();
  peer = await connectRawPeer();
});

afterAll(async () => {
  await node.stop();
});

describe('hostile storage messages', () => {
  it('answers unreadable frames with an unaddressed error', async () => {
    for (const frame of ['{ not json', '42', 'null', '[]', JSON.stringify({ method: 'query' })]) {
      peer.send(frame);
      const answer = await peer.answerTo('');
      expect(answer.error?.name, frame).toBe('RemoteStorageMessageError');
    }
  });

  it('refuses unknown methods, targets, databases, versions and schemas', async () => {
    const cases: [string, unknown, RegExp][] = [
      ['custom', {}, /Not a remote-storage request/],
      ['constructor', [], /Not a remote-storage request/],
      ['create', createParams({ collectionName: 'secrets' }), /"secrets" does not exist/],
      ['create', createParams({ collectionName: '__proto__' }), /does not exist/],
      ['create', createParams({ databaseName: 'payroll' }), /"payroll" is not served/],
      [
        'create',
        createParams({ schema: { ...(wireSchema() as object), version: 3 } }),
        /schema of "incidents".*differs/,
      ],
      ['create', { collectionName: 'incidents' }, /needs databaseName/],
      ['query', [{ query: { selector: {} } }], /first call must be "create"/],
    ];
    for (const [method, params, expected] of cases) {
      const answer = await ask(method, params, `c-${method}-${requestCount}`);
      expect(answer.error?.message, `${method} ${JSON.stringify(params).slice(0, 80)}`).toMatch(
        expected,
      );
    }
    peer.send(
      JSON.stringify({
        connectionId: 'c-v',
        requestId: 'r-version',
        method: 'create',
        version: '1.0.0',
        params: createParams(),
      }),
    );
    expect((await peer.answerTo('r-version')).error?.message).toMatch(/runs RxDB 1.0.0/);
  });

  it('refuses prototype-pollution keys anywhere in a message', async () => {
    peer.send(
      `{"__proto__":{"polluted":"yes"},"connectionId":"c-p","requestId":"r-proto","method":"create","version":"${RXDB_VERSION}","params":{}}`,
    );
    expect((await peer.answerTo('r-proto')).error?.message).toMatch(/forbidden key "__proto__"/);
    expect((await ask('create', createParams())).return).toBe('ok');
    const answer = await ask('query', [{ query: { selector: { constructor: { prototype: 1 } } } }]);
    expect(answer.error?.message).toMatch(/forbidden key "constructor"/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses remove, cleanup, writes and malformed parameters on an opened collection', async () => {
    expect((await ask('create', createParams())).return).toBe('ok');
    const document = {
      id: 'inc-1',
      title: 'Hijacked',
      severity: 5,
      _deleted: false,
      _attachments: {},
      _rev: '2-x',
      _meta: { lwt: Date.parse('2026-03-03T10:00:00Z') },
    };
    const cases: [string, unknown, RegExp][] = [
      ['remove', [], /"remove" on "incidents" is refused/],
      ['cleanup', [0], /"cleanup" on "incidents" is refused/],
      ['bulkWrite', [[{ document }], 'x'], /through commands/],
      ['query', [{ query: { selector: {}, limit: -5 } }], /Invalid parameters for "query"/],
      ['query', [{ query: { selector: { title: { $regex: '(a+)+$' } } } }], /"\$regex" is not/],
      [
        'count',
        [{ query: { selector: { $or: [{ title: { $regex: '(x)\\1' } }] } } }],
        /"\$regex" is not/,
      ],
      ['findDocumentsById', 'inc-1', /Invalid parameters for "findDocumentsById"/],
      ['getChangedDocumentsSince', [1e9, null], /Invalid parameters/],
    ];
    for (const [method, params, expected] of cases) {
      expect((await ask(method, params)).error?.message, method).toMatch(expected);
    }
    // The node plans queries itself: a forged plan is ignored, not trusted.
    const forgedPlan = {
      index: ['nope'],
      startKeys: [],
      endKeys: [],
      inclusiveStart: true,
      inclusiveEnd: true,
      sortSatisfiedByIndex: true,
    };
    const planned = await ask('query', [
      { query: { selector: {}, sort: [{ id: 'asc' }], skip: 0 }, queryPlan: forgedPlan },
    ]);
    expect((planned.return as { documents: unknown[] }).documents).toHaveLength(2);
  });

  it('refuses a regular expression from a read-only wall before running it', async () => {
    const wall = await connectRawPeer('wall');
    const open = request('create', createParams(), 'c-wall');
    wall.send(open.text);
    expect((await wall.answerTo(open.requestId)).return).toBe('ok');
    // Polynomial backtracking: on a long title this pattern runs for seconds.
    const slow = request(
      'query',
      [{ query: { selector: { title: { $regex: '.*'.repeat(8) + 'x$' } } } }],
      'c-wall',
    );
    wall.send(slow.text);
    expect((await wall.answerTo(slow.requestId)).error?.message).toMatch(/"\$regex" is not/);
    const count = request(
      'count',
      [{ query: { selector: { $and: [{ title: { $regex: 'a', $options: 'i' } }] } } }],
      'c-wall',
    );
    wall.send(count.text);
    expect((await wall.answerTo(count.requestId)).error?.message).toMatch(/is not accepted/);
  });

  it('refuses internal-store writes other than the ones RxDB makes when opening a database', async () => {
    const internal = 'c-internal';
    const internalSchema = JSON.parse(JSON.stringify(node.database.internalStore.schema)) as object;
    const open = await ask(
      'create',
      {
        databaseName: node.database.name,
        collectionName: '_rxdb_internal',
        schema: internalSchema,
      },
      internal,
    );
    expect(open.return).toBe('ok');
    const [tokenDoc] = await node.database.internalStore.findDocumentsById(
      ['storage-token|storageToken'],
      false,
    );
    const tampered = { ...tokenDoc, data: { token: 'mine' } };
    const evil = {
      id: 'collection|evil-0',
      key: 'evil-0',
      context: 'collection',
      data: {},
      _deleted: false,
      _attachments: {},
      _rev: '1-a',
      _meta: { lwt: 1 },
    };
    const update = await ask(
      'bulkWrite',
      [[{ document: tampered, previous: tokenDoc }], 'internal-add-storage-token'],
      internal,
    );
    expect(update.error?.name).toBe('RemoteStorageRefusedError');
    const insert = await ask(
      'bulkWrite',
      [[{ document: evil }], 'rx-database-add-collection'],
      internal,
    );
    expect(insert.error?.message).toMatch(/"collection\|evil-0" is not registered/);
    const after = await node.database.internalStore.findDocumentsById(
      ['storage-token|storageToken', 'collection|evil-0'],
      true,
    );
    expect(after).toEqual([tokenDoc]);
  });

  it('answers an oversized request by id, and closes on binary or giant frames', async () => {
    const big = request('query', ['x'.repeat(5 * 1024 * 1024)]);
    peer.send(big.text);
    expect((await peer.answerTo(big.requestId)).error?.message).toMatch(
      /exceeds the 4194304-byte limit/,
    );

    const binaryPeer = await connectRawPeer();
    binaryPeer.send(Buffer.from([0xde, 0xad, 0xbe, 0xef]));
    expect(await binaryPeer.closed).toBe(1003);

    const giantPeer = await connectRawPeer();
    giantPeer.send('x'.repeat(9 * 1024 * 1024));
    expect(await giantPeer.closed).toBe(1009);
  });

  it('answers every request of a flood, running only a few at a time', async () => {
    const flood = Array.from({ length: 800 }, () =>
      request('findDocumentsById', [['inc-1'], false]),
    );
    for (const { text } of flood) peer.send(text);
    const answers = await Promise.all(flood.map(({ requestId }) => peer.answerTo(requestId)));
    for (const answer of answers) {
      if (answer.error) expect(answer.error.name).toBe('RemoteStorageBusyError');
      else expect(answer.return).toHaveLength(1);
    }
  });

  it('keeps serving normal windows afterwards, with the data unchanged', async () => {
    expect(await snapshot()).toBe(snapshotBefore);
    const client = await openTestClient(node);
    const docs = await client.database.incidents.find({ sort: [{ id: 'asc' }] }).exec();
    expect(docs.map((doc) => doc.title)).toEqual(['Payments down', 'VPN flapping']);
    await client.close();
    expect(node.events.some((entry) => entry.event === 'remote.request.refused')).toBe(true);
  });
});
