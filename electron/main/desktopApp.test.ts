import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessagePort } from 'node:worker_threads';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import * as electron from './fakeElectron.testSupport.ts';
import { startDesktopApp } from './desktopApp.ts';
import type { MainPaths } from './mainPaths.ts';

vi.mock('electron', async () => await import('./fakeElectron.testSupport.ts'));

// The whole main-process wiring against a real node in its own process
// (the real node entry, forked as fakeElectron's utilityProcess), with the
// rest of Electron replaced by fakeElectron: what an Electron launch would
// exercise, minus Chromium.
const NODE_HOST = fileURLToPath(new URL('../core/nodeHost/nodeHostMain.ts', import.meta.url));

describe('desktop app wiring (real node process, fake Electron)', () => {
  let folder: string;
  let paths: MainPaths;
  const commander = () => electron.BrowserWindow.all[0] as electron.BrowserWindow;
  const invoke = (channel: string, ...args: unknown[]) => {
    const handler = electron.ipcMain.handlers.get(channel);
    if (!handler) throw new Error(`no handler for ${channel}`);
    const event = {
      sender: { id: commander().webContents.id },
      senderFrame: { url: 'app://lantern/index.html#/', parent: null },
    };
    return handler(event, ...args);
  };

  beforeAll(async () => {
    folder = await mkdtemp(path.join(tmpdir(), 'lantern-desktop-'));
    const rendererDir = path.join(folder, 'renderer');
    await mkdir(rendererDir, { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), '<!doctype html><title>Lantern</title>');
    paths = {
      userData: folder,
      dataDir: path.join(folder, 'data'),
      rendererDir,
      preloadPath: path.join(folder, 'preload.cjs'),
      nodeHostPath: NODE_HOST,
      wallDisplayFile: path.join(folder, 'wall-display.json'),
    };
    vi.stubEnv('LANTERN_PORT', '0');
    await startDesktopApp(paths, false);
  }, 120_000);

  afterAll(async () => {
    vi.unstubAllEnvs();
    for (const channel of electron.channels) {
      channel.port1.close();
      channel.port2.close();
    }
    await rm(folder, { recursive: true, force: true });
  });

  it('opens one sandboxed commander window on app://lantern', () => {
    expect(electron.BrowserWindow.all).toHaveLength(1);
    expect(commander().loaded).toEqual(['app://lantern/index.html#/']);
    expect(commander().options).toMatchObject({
      webPreferences: { sandbox: true, contextIsolation: true, preload: paths.preloadPath },
    });
  });

  it('serves the renderer on app:// with the CSP naming the node', async () => {
    const response = await electron.protocol.handlers.get('app')?.(
      new Request('app://lantern/index.html'),
    );
    expect(response?.status).toBe(200);
    expect(await response?.text()).toContain('<title>Lantern</title>');
    expect(response?.headers.get('content-security-policy')).toMatch(
      /connect-src 'self' http:\/\/127\.0\.0\.1:\d+ ws:\/\/127\.0\.0\.1:\d+/,
    );
  });

  it('answers node info and runs commands against the node over IPC', async () => {
    expect(await invoke('lantern:node-info')).toMatchObject({
      status: 'ok',
      databaseName: 'lantern',
    });
    const reply = await invoke('lantern:command', {
      name: 'createWorkspace',
      input: { workspaceName: 'Northwind Mutual', displayName: 'Dana Ruiz' },
      actor: { kind: 'person', id: 'first-run' },
    });
    expect(reply).toMatchObject({ result: { workspace: { name: 'Northwind Mutual' } } });
    const again = await invoke('lantern:command', {
      name: 'createWorkspace',
      input: { workspaceName: 'Other', displayName: 'Dana Ruiz' },
      actor: { kind: 'person', id: 'first-run' },
    });
    expect(again).toMatchObject({ error: { code: 'conflict' } });
  });

  it('refuses IPC from frames that are not our window', async () => {
    const handler = electron.ipcMain.handlers.get('lantern:node-info');
    await expect(
      Promise.resolve(
        handler?.({ sender: { id: 999 }, senderFrame: { url: 'app://lantern/', parent: null } }),
      ),
    ).rejects.toThrow(/not a Lantern window/);
  });

  it('hands the window a storage port served by the node', async () => {
    expect(await invoke('lantern:storage-port-request')).toEqual({ readOnly: false });
    const posted = commander().webContents.posted.at(-1);
    expect(posted?.channel).toBe('lantern:storage-port');
    const port = posted?.transfer[0] as MessagePort;
    const reply = new Promise<unknown>((resolve) => port.once('message', resolve));
    port.postMessage({
      connectionId: 'c1',
      requestId: 'r1',
      method: 'count',
      version: 'x',
      params: {},
    });
    expect(JSON.stringify(await reply)).toContain('r1');
  });

  it('lists screens and opens a read-only wall display on the chosen one', async () => {
    const displays = (await invoke('lantern:list-displays')) as { id: number; primary: boolean }[];
    expect(displays.map((display) => display.id)).toEqual([1, 7]);
    await invoke('lantern:open-wall-display', { displayId: 7 });
    const wall = electron.BrowserWindow.all[1];
    expect(wall?.loaded).toEqual(['app://lantern/index.html#/wall']);
    expect(wall?.options).toMatchObject({ x: 1512, fullscreen: true });
  });

  it('sends menu actions to the commander window', () => {
    const items = (electron.Menu.template as MenuItemConstructorOptions[]).flatMap((item) =>
      Array.isArray(item.submenu) ? item.submenu : [],
    );
    (items.find((item) => item.label === 'Declare incident…')?.click as () => void)();
    expect(commander().webContents.sent).toContainEqual([
      'lantern:menu-action',
      'declare-incident',
    ]);
  });

  it('runs the node in its own process, not on the main thread', () => {
    const node = electron.utilityProcess.forked[0];
    expect(node?.pid).toBeGreaterThan(0);
    expect(node?.pid).not.toBe(process.pid);
  });

  it('refuses a second Lantern on the same data folder with the reason', async () => {
    const forkedBefore = electron.utilityProcess.forked.length;
    const second = { ...paths, userData: path.join(folder, 'second') };
    await expect(startDesktopApp(second, false)).rejects.toThrow(/already in use/);
    const refused = electron.utilityProcess.forked[forkedBefore];
    await vi.waitFor(() => expect(refused?.pid).toBeUndefined());
    expect(electron.BrowserWindow.all).toHaveLength(2);
  }, 90_000);

  it('restarts a crashed node; the window gets a new storage port and the same data', async () => {
    await invoke('lantern:storage-port-request');
    const oldPort = commander().webContents.posted.at(-1)?.transfer[0] as MessagePort;
    const portClosed = new Promise((resolve) => oldPort.once('close', resolve));
    const crashed = electron.utilityProcess.forked[0];
    crashed?.crash();
    await portClosed;
    // Asked while the node restarts: answered once it serves again.
    expect(await invoke('lantern:storage-port-request')).toEqual({ readOnly: false });
    const restarted = electron.utilityProcess.forked.at(-1);
    expect(restarted).not.toBe(crashed);
    expect(restarted?.pid).toBeGreaterThan(0);
    const port = commander().webContents.posted.at(-1)?.transfer[0] as MessagePort;
    const reply = new Promise<unknown>((resolve) => port.once('message', resolve));
    port.postMessage({
      connectionId: 'c2',
      requestId: 'r2',
      method: 'count',
      version: 'x',
      params: {},
    });
    expect(JSON.stringify(await reply)).toContain('r2');
    const again = await invoke('lantern:command', {
      name: 'createWorkspace',
      input: { workspaceName: 'Other', displayName: 'Dana Ruiz' },
      actor: { kind: 'person', id: 'first-run' },
    });
    expect(again).toMatchObject({ error: { code: 'conflict' } });
  }, 90_000);

  it('closes the node (and its database) before quitting', async () => {
    const node = electron.utilityProcess.forked.at(-1);
    const exitCode = new Promise((resolve) => node?.once('exit', resolve));
    const event = { preventDefault: vi.fn() };
    electron.app.emit('before-quit', event);
    expect(event.preventDefault).toHaveBeenCalled();
    await vi.waitFor(() => expect(electron.app.quitCalls).toBe(1), { timeout: 20_000 });
    expect(await exitCode).toBe(0);
    expect(electron.ipcMain.handlers.size).toBe(0);
  });
});
