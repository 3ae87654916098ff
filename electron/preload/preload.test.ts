import ts from 'typescript';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  MENU_ACTIONS,
  ipcEvents,
  ipcHandlers,
  type LanternApi,
} from '../../shared/contract/ipc.ts';
import preloadSource from './preload.cts?raw';

type Listener = (event: unknown, ...args: unknown[]) => void;

// A stand-in for ipcRenderer: records invokes, lets the test push events.
class FakeIpcRenderer {
  invoked: { channel: string; args: unknown[] }[] = [];
  listeners = new Map<string, Listener[]>();
  invoke = async (channel: string, ...args: unknown[]) => {
    this.invoked.push({ channel, args });
  };
  on(channel: string, listener: Listener) {
    this.listeners.set(channel, [...(this.listeners.get(channel) ?? []), listener]);
  }
  removeListener(channel: string, listener: Listener) {
    this.listeners.set(
      channel,
      (this.listeners.get(channel) ?? []).filter((known) => known !== listener),
    );
  }
  emit(channel: string, event: unknown, ...args: unknown[]) {
    for (const listener of this.listeners.get(channel) ?? []) listener(event, ...args);
  }
}

/**
 * Runs the preload the way Electron's sandbox does: the CommonJS output in a
 * function wrapper whose `require` knows only 'electron'. A runtime import of
 * anything else (shared/, node:*) would throw here, as it would in a window.
 */
function runInSandbox(ipc: FakeIpcRenderer): Map<string, unknown> {
  const exposed = new Map<string, unknown>();
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => exposed.set(key, api) },
    ipcRenderer: ipc,
  };
  const { outputText } = ts.transpileModule(preloadSource, {
    fileName: 'preload.cts',
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022 },
  });
  const sandboxRequire = (name: string) => {
    if (name === 'electron') return electron;
    throw new Error(`module not found: ${name}`);
  };
  const exports = {};
  const wrapper = new Function(
    'require',
    'process',
    'Buffer',
    'global',
    'setImmediate',
    'clearImmediate',
    'exports',
    'module',
    outputText,
  );
  wrapper(sandboxRequire, {}, undefined, globalThis, undefined, undefined, exports, { exports });
  return exposed;
}

describe('preload (run as in the Electron sandbox)', () => {
  let ipc: FakeIpcRenderer;
  let exposed: Map<string, unknown>;
  let posted: { message: unknown; ports: unknown[] }[];

  beforeEach(() => {
    posted = [];
    vi.stubGlobal('window', {
      postMessage: (message: unknown, _origin: string, ports: unknown[]) =>
        posted.push({ message, ports }),
    });
    ipc = new FakeIpcRenderer();
    exposed = runInSandbox(ipc);
  });

  const api = () => exposed.get('lantern') as LanternApi;

  it('exposes exactly one object, window.lantern, made of functions and not ipcRenderer', () => {
    expect([...exposed.keys()]).toEqual(['lantern']);
    expect(Object.values(api())).not.toContain(ipc);
    expect(Object.values(api()).every((member) => typeof member === 'function')).toBe(true);
  });

  it('invokes only the channels the contract declares, each with an argument main accepts', async () => {
    const actor = { kind: 'person' as const, id: 'person-1' };
    await api().sendCommand('declareIncident', { title: 'Payments down' } as never, actor);
    await api().nodeInfo();
    await api().seedDemo();
    await api().listDisplays();
    await api().openWallDisplay(7);
    await api().notify('SEV1 declared', 'Payments down');
    await api().printBriefPdf('hb-1');
    await api().syncStatus();
    await api().joinCode();
    await api().requestStoragePort();
    const contractChannels = Object.values(ipcHandlers).map((handler) => handler.channel);
    expect(ipc.invoked.map((call) => call.channel).sort()).toEqual([...contractChannels].sort());
    expect(ipc.invoked[0]?.args).toEqual([
      { name: 'declareIncident', input: { title: 'Payments down' }, actor },
    ]);
    for (const call of ipc.invoked) {
      const handler = Object.values(ipcHandlers).find(
        (candidate) => candidate.channel === call.channel,
      );
      expect(call.args.length, call.channel).toBeLessThanOrEqual(1);
      expect(handler?.args.safeParse(call.args[0]).success, call.channel).toBe(true);
    }
  });

  it('relays the contract menu actions, drops anything else, and stops after unsubscribe', () => {
    const seen: string[] = [];
    const unsubscribe = api().onMenuAction((action) => seen.push(action));
    for (const action of MENU_ACTIONS) ipc.emit(ipcEvents.menuAction.channel, {}, action);
    ipc.emit(ipcEvents.menuAction.channel, {}, 'format-disk');
    unsubscribe();
    ipc.emit(ipcEvents.menuAction.channel, {}, 'declare-incident');
    expect(seen).toEqual([...MENU_ACTIONS]);
    expect(ipc.listeners.get(ipcEvents.menuAction.channel)).toEqual([]);
  });

  it('forwards the storage port into the page with window.postMessage', () => {
    const port = { name: 'storage port' };
    ipc.emit(ipcEvents.storagePort.channel, { ports: [port] });
    ipc.emit(ipcEvents.storagePort.channel, { ports: [] });
    expect(posted).toEqual([{ message: { type: 'lantern:storage-port' }, ports: [port] }]);
  });
});
