import { describe, expect, it } from 'vitest';
import {
  errorReport,
  mainToNodeSchema,
  NODE_REQUEST_NAMES,
  nodeRequests,
  nodeToMainSchema,
} from './nodeHost.ts';

describe('main ↔ node contract', () => {
  it('accepts the messages main sends', () => {
    const messages = [
      { type: 'start', options: { dataDir: '/data', rendererDir: '/r', port: 0, demo: false } },
      { type: 'request', id: 1, method: 'command', args: { anything: true } },
      { type: 'storage-port', windowId: 3, readOnly: true },
      { type: 'storage-close', windowId: 3 },
      { type: 'shutdown' },
    ];
    for (const message of messages) expect(mainToNodeSchema.safeParse(message).success).toBe(true);
  });

  it('refuses unknown types, methods, ids and extra fields', () => {
    const refused = [
      { type: 'drop-database' },
      { type: 'request', id: 1, method: 'eval', args: 'process.exit()' },
      { type: 'request', id: -1, method: 'nodeInfo' },
      { type: 'storage-port', windowId: 3 },
      { type: 'shutdown', now: true },
      {
        type: 'start',
        options: { dataDir: '/data', rendererDir: '/r', port: 70_000, demo: false },
      },
    ];
    for (const message of refused) expect(mainToNodeSchema.safeParse(message).success).toBe(false);
  });

  it('accepts what the node says, and refuses a ready without a URL or an empty notification', () => {
    const accepted = [
      { type: 'ready', url: 'http://127.0.0.1:4870', nodeId: 'node-1' },
      { type: 'start-failed', error: { name: 'DataFolderInUseError', message: 'in use' } },
      { type: 'response', id: 4, result: { result: 'seeded' } },
      { type: 'failure', id: 4, error: { name: 'Error', message: 'disk full' } },
      { type: 'notify', notification: { title: 'INC-1 SEV1 — page', body: 'Paged Aisha' } },
      { type: 'closed' },
    ];
    for (const message of accepted) expect(nodeToMainSchema.safeParse(message).success).toBe(true);
    expect(nodeToMainSchema.safeParse({ type: 'ready', url: 'nowhere', nodeId: 'n' }).success).toBe(
      false,
    );
    expect(
      nodeToMainSchema.safeParse({ type: 'notify', notification: { title: ' ', body: '' } })
        .success,
    ).toBe(false);
  });

  it('checks arguments and results of every request', () => {
    expect(NODE_REQUEST_NAMES.sort()).toEqual([
      'briefExists',
      'command',
      'joinCode',
      'nodeInfo',
      'seedDemo',
      'syncStatus',
    ]);
    const command = nodeRequests.command;
    expect(
      command.args.safeParse({
        name: 'declareIncident',
        input: {},
        actor: { kind: 'system', id: 'x' },
      }).success,
    ).toBe(false);
    expect(command.result.safeParse({ result: { incidentId: 'inc-1' } }).success).toBe(true);
    const refusal = { error: { code: 'conflict', message: 'exists', problems: [] } };
    expect(command.result.safeParse(refusal).success).toBe(true);
    expect(command.result.safeParse({ error: { code: 'oops' } }).success).toBe(false);
    expect(nodeRequests.nodeInfo.result.safeParse({ status: 'ok', version: '1' }).success).toBe(
      false,
    );
    expect(nodeRequests.briefExists.args.safeParse({ briefId: '' }).success).toBe(false);
  });

  it('reports errors by name and message only, clipped', () => {
    const error = new RangeError('x'.repeat(5000));
    const report = errorReport(error);
    expect(report).toEqual({ name: 'RangeError', message: 'x'.repeat(4000) });
    expect(errorReport('plain words')).toEqual({ name: 'Error', message: 'plain words' });
  });
});
