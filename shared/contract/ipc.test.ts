import { describe, expect, expectTypeOf, it } from 'vitest';
import type { NodeInfo } from './nodeInfo.ts';
import {
  IPC_HANDLER_KEYS,
  IPC_PREFIX,
  ipcEvents,
  ipcHandlers,
  isCommandFailure,
  isLanternChannel,
  isStoragePortMessage,
  type CommandReply,
  type IpcResult,
} from './ipc.ts';

describe('IPC contract', () => {
  it('gives every handler and event a unique channel with the lantern: prefix', () => {
    const channels = [
      ...IPC_HANDLER_KEYS.map((key) => ipcHandlers[key].channel),
      ...Object.values(ipcEvents).map((event) => event.channel),
    ];
    for (const channel of channels) expect(channel.startsWith(IPC_PREFIX)).toBe(true);
    expect(new Set(IPC_HANDLER_KEYS.map((key) => ipcHandlers[key].channel)).size).toBe(
      IPC_HANDLER_KEYS.length,
    );
  });

  it('declares the handlers the windows rely on', () => {
    expect(IPC_HANDLER_KEYS.map((key) => ipcHandlers[key].channel).sort()).toEqual([
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
  });

  it('recognises only prefixed channels', () => {
    expect(isLanternChannel('lantern:command')).toBe(true);
    expect(isLanternChannel('lantern:')).toBe(false);
    expect(isLanternChannel('ELECTRON_BROWSER_REQUIRE')).toBe(false);
  });

  it('accepts a well-formed command call and refuses unknown commands and foreign actors', () => {
    const args = ipcHandlers.command.args;
    const actor = { kind: 'person', id: 'person-1' };
    expect(args.safeParse({ name: 'declareIncident', input: { title: 'x' }, actor }).success).toBe(
      true,
    );
    expect(args.safeParse({ name: 'dropDatabase', input: {}, actor }).success).toBe(false);
    expect(
      args.safeParse({ name: 'declareIncident', input: {}, actor: { kind: 'system', id: 'node' } })
        .success,
    ).toBe(false);
    expect(args.safeParse({ name: 'declareIncident', input: {}, actor, extra: 1 }).success).toBe(
      false,
    );
  });

  it('validates wall display, notification and no-argument calls', () => {
    expect(ipcHandlers.openWallDisplay.args.safeParse({ displayId: 2 }).success).toBe(true);
    expect(ipcHandlers.openWallDisplay.args.safeParse({ displayId: '2' }).success).toBe(false);
    expect(
      ipcHandlers.notify.args.safeParse({ title: 'SEV1 declared', body: 'Payments down' }).success,
    ).toBe(true);
    expect(ipcHandlers.notify.args.safeParse({ title: ' ', body: '' }).success).toBe(false);
    expect(ipcHandlers.nodeInfo.args.safeParse(undefined).success).toBe(true);
    expect(ipcHandlers.nodeInfo.args.safeParse({ sneaky: true }).success).toBe(false);
  });

  it('validates menu actions and recognises the storage port message', () => {
    expect(ipcEvents.menuAction.payload.safeParse('declare-incident').success).toBe(true);
    expect(ipcEvents.menuAction.payload.safeParse('format-disk').success).toBe(false);
    expect(isStoragePortMessage({ type: 'lantern:storage-port' })).toBe(true);
    expect(isStoragePortMessage('lantern:storage-port')).toBe(false);
  });

  it('tells a command failure from a result', () => {
    const failure: CommandReply = { error: { code: 'forbidden', message: 'no', problems: [] } };
    expect(isCommandFailure(failure)).toBe(true);
    expect(
      isCommandFailure({
        result: { error: 'a result may mention error' },
      } as unknown as CommandReply),
    ).toBe(false);
    expectTypeOf<IpcResult<'nodeInfo'>>().toEqualTypeOf<NodeInfo>();
  });
});
