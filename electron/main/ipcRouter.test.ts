import { describe, expect, it, vi } from 'vitest';
import { CommandError } from '../../shared/commands/errors.ts';
import type { CommandName } from '../../shared/commands/registry.ts';
import {
  createIpcImplementations,
  READ_ONLY_ALLOWED,
  registerIpcHandlers,
  type IpcServices,
} from './ipcHandlers.ts';
import { createIpcRouter, type IpcCaller } from './ipcRouter.ts';
import { NodeUnavailableError } from './errors.ts';
import { nodeRequestHandlers } from '../core/nodeHost/nodeRequestHandlers.ts';
import type {
  NodeRequestArgs,
  NodeRequestName,
  NodeRequestResult,
} from '../../shared/contract/nodeHost.ts';

const nodeInfo = {
  status: 'ok' as const,
  version: '0.1.0',
  nodeId: 'node-1',
  databaseName: 'lantern',
};
const commander: IpcCaller = { webContentsId: 1, kind: 'commander', readOnly: false };
const wall: IpcCaller = { webContentsId: 2, kind: 'wall', readOnly: true };
const actor = { kind: 'person', id: 'person-1' };

function setup(
  execute: (name: CommandName, input: unknown) => Promise<unknown> = async () => ({ ok: true }),
) {
  const executeInNode = vi.fn(execute);
  // What the node answers, through its real request handlers (electron/core/nodeHost).
  const handlers = nodeRequestHandlers({
    execute: executeInNode as never,
    info: () => nodeInfo,
    seedDemo: async () => 'seeded' as const,
    nodeId: 'node-1',
    database: { handoffs: { findOne: () => ({ exec: async () => null }) } } as never,
  });
  const services = {
    node: {
      execute: executeInNode,
      request: <M extends NodeRequestName>(method: M, args: NodeRequestArgs<M>) =>
        (handlers[method] as (input: unknown) => Promise<NodeRequestResult<M>>)(args),
    },
    walls: { list: vi.fn(async () => []), open: vi.fn(async () => undefined) },
    notify: vi.fn(),
    storage: { open: vi.fn(async (_id: number, readOnly: boolean) => ({ readOnly })) },
    log: () => undefined,
  };
  const router = createIpcRouter({
    implementations: createIpcImplementations(services as unknown as IpcServices),
    identify: (id) => [commander, wall].find((caller) => caller.webContentsId === id),
    readOnlyAllowed: READ_ONLY_ALLOWED,
    log: () => undefined,
  });
  const from = (caller: { webContentsId: number }, url = 'app://lantern/index.html#/') => ({
    sender: { id: caller.webContentsId },
    senderFrame: { url, parent: null },
  });
  return { services, router, from };
}

describe('IPC router', () => {
  it('runs a command for the commander window and wraps the result', async () => {
    const { router, from, services } = setup(async () => ({ incidentId: 'inc-1' }));
    const reply = await router.handle('command', from(commander), [
      { name: 'declareIncident', input: { title: 'x' }, actor },
    ]);
    expect(reply).toEqual({ result: { incidentId: 'inc-1' } });
    expect(services.node.execute).toHaveBeenCalledWith('declareIncident', { title: 'x' }, actor);
  });

  it('replies with the CommandErrorBody when the node refuses a command', async () => {
    const { router, from } = setup(async () => {
      throw new CommandError('invalid-input', 'Invalid input — title: required', [
        { field: 'title', reason: 'required' },
      ]);
    });
    const reply = await router.handle('command', from(commander), [
      { name: 'declareIncident', input: {}, actor },
    ]);
    expect(reply).toEqual({
      error: {
        code: 'invalid-input',
        message: 'Invalid input — title: required',
        problems: [{ field: 'title', reason: 'required' }],
      },
    });
  });

  it('answers unknown commands and malformed envelopes without reaching the node', async () => {
    const { router, from, services } = setup();
    const unknown = await router.handle('command', from(commander), [
      { name: 'dropEverything', input: {}, actor },
    ]);
    expect(unknown).toMatchObject({ error: { code: 'unknown-command' } });
    const badActor = await router.handle('command', from(commander), [
      { name: 'declareIncident', input: {}, actor: { kind: 'system', id: 'x' } },
    ]);
    expect(badActor).toMatchObject({
      error: {
        code: 'invalid-input',
        problems: [expect.objectContaining({ field: 'actor.kind' })],
      },
    });
    const twoArgs = await router.handle('command', from(commander), [
      { name: 'declareIncident', input: {}, actor },
      'extra',
    ]);
    expect(twoArgs).toMatchObject({ error: { code: 'invalid-input' } });
    expect(services.node.execute).not.toHaveBeenCalled();
  });

  it('checks the sender before looking at arguments', async () => {
    const { router, services } = setup();
    const stranger = {
      sender: { id: 99 },
      senderFrame: { url: 'app://lantern/index.html', parent: null },
    };
    await expect(
      router.handle('command', stranger, [{ name: 'declareIncident', input: {}, actor }]),
    ).rejects.toThrow(/not a Lantern window/);
    const subFrame = { sender: { id: 1 }, senderFrame: { url: 'app://lantern/x', parent: {} } };
    await expect(router.handle('nodeInfo', subFrame, [])).rejects.toThrow(/main frame/);
    await expect(router.handle('seedDemo', subFrame, [])).rejects.toThrow(/main frame/);
    const elsewhere = {
      sender: { id: 1 },
      senderFrame: { url: 'https://evil.example', parent: null },
    };
    await expect(router.handle('notify', elsewhere, [{ title: 'x', body: 'y' }])).rejects.toThrow(
      /refused lantern:notify/,
    );
    expect(services.node.execute).not.toHaveBeenCalled();
    expect(services.notify).not.toHaveBeenCalled();
  });

  it('keeps wall displays read-only', async () => {
    const { router, from, services } = setup();
    const reply = await router.handle('command', from(wall, 'app://lantern/index.html#/wall'), [
      { name: 'declareIncident', input: {}, actor },
    ]);
    expect(reply).toMatchObject({ error: { code: 'forbidden' } });
    await expect(router.handle('openWallDisplay', from(wall), [{ displayId: 1 }])).rejects.toThrow(
      /read-only/,
    );
    expect(await router.handle('nodeInfo', from(wall), [])).toEqual(nodeInfo);
    expect(await router.handle('storagePortRequest', from(wall), [])).toEqual({ readOnly: true });
    expect(services.storage.open).toHaveBeenCalledWith(2, true);
  });

  it('rejects invalid arguments for the other handlers with the field and reason', async () => {
    const { router, from, services } = setup();
    await expect(
      router.handle('openWallDisplay', from(commander), [{ displayId: 'TV' }]),
    ).rejects.toThrow(/displayId/);
    await expect(router.handle('nodeInfo', from(commander), [{ please: true }])).rejects.toThrow(
      /invalid arguments/,
    );
    await router.handle('notify', from(commander), [
      { title: 'SEV1 declared', body: 'Payments down' },
    ]);
    expect(services.notify).toHaveBeenCalledWith({ title: 'SEV1 declared', body: 'Payments down' });
    await router.handle('openWallDisplay', from(commander), [{ displayId: 3 }]);
    expect(services.walls.open).toHaveBeenCalledWith(3);
  });

  it('turns unexpected node failures into an actionable message', async () => {
    const { router, from } = setup(async () => {
      throw new Error('SQLITE_BUSY');
    });
    await expect(
      router.handle('command', from(commander), [{ name: 'declareIncident', input: {}, actor }]),
    ).rejects.toThrow(/nothing was saved/);
  });

  it('says a command may have been saved when the node went away after receiving it', async () => {
    const lostInFlight = setup(async () => {
      throw new NodeUnavailableError('The Lantern node stopped (exit code 137).', true);
    });
    await expect(
      lostInFlight.router.handle('command', lostInFlight.from(commander), [
        { name: 'declareIncident', input: {}, actor },
      ]),
    ).rejects.toThrow(/may or may not have been saved/);
    const neverSent = setup(async () => {
      throw new NodeUnavailableError('The Lantern node is restarting.', false);
    });
    await expect(
      neverSent.router.handle('command', neverSent.from(commander), [
        { name: 'declareIncident', input: {}, actor },
      ]),
    ).rejects.toThrow(/not running.*nothing was saved/);
  });
});

describe('registerIpcHandlers', () => {
  it('reports sync as off without a workspace secret, and never gives a wall the join code', async () => {
    const { router, from } = setup();
    expect(await router.handle('syncStatus', from(commander), [])).toMatchObject({
      enabled: false,
      nodeId: 'node-1',
      isolated: true,
    });
    expect(await router.handle('joinCode', from(commander), [])).toBeNull();
    await expect(router.handle('joinCode', from(wall), [])).rejects.toThrow();
  });

  it('registers every contract channel on ipcMain and removes them again', () => {
    const handled = new Map<string, unknown>();
    const ipcMain = {
      handle: (channel: string, listener: unknown) => handled.set(channel, listener),
      removeHandler: (channel: string) => handled.delete(channel),
    };
    const { router } = setup();
    const dispose = registerIpcHandlers(ipcMain as never, router);
    expect([...handled.keys()].sort()).toEqual([
      'lantern:command',
      'lantern:join-code',
      'lantern:list-displays',
      'lantern:node-info',
      'lantern:notify',
      'lantern:open-wall-display',
      'lantern:print-brief-pdf',
      'lantern:seed-demo',
      'lantern:storage-port-request',
      'lantern:sync-status',
    ]);
    dispose();
    expect(handled.size).toBe(0);
  });
});
