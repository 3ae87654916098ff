import {
  app,
  BrowserWindow,
  dialog,
  ipcMain,
  Menu,
  MessageChannelMain,
  Notification,
  protocol,
  screen,
  session,
  type MessagePortMain,
} from 'electron';
import { ipcEvents, type IpcArgs, type MenuAction } from '../../shared/contract/ipc.ts';
import { serveRenderer } from './appProtocol.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { IpcRefusedError } from './errors.ts';
import { createBriefPdfPrinter } from './briefPdf.ts';
import { createIpcImplementations, READ_ONLY_ALLOWED, registerIpcHandlers } from './ipcHandlers.ts';
import { createIpcRouter } from './ipcRouter.ts';
import { nodePortFromEnv, type MainPaths } from './mainPaths.ts';
import { installApplicationMenu, menuActionTarget } from './menu.ts';
import { createNodeSupervisor, type NodeSupervisor } from './nodeSupervisor.ts';
import { createNotifier } from './notifications.ts';
import { createQuitGuard } from './quitGuard.ts';
import { applySessionPolicy } from './sessionPolicy.ts';
import { createStoragePortBroker, type StoragePortBroker } from './storagePorts.ts';
import { forkUtilityNode } from './utilityNode.ts';
import { createWallDisplays } from './wallDisplay.ts';
import { wallDisplayFileStore } from './wallDisplayStore.ts';
import { createWindowFactory, type WindowFactory } from './windowFactory.ts';
import { createWindowRegistry, type WindowRegistry } from './windowRegistry.ts';

type Windows = { registry: WindowRegistry<BrowserWindow>; factory: WindowFactory<BrowserWindow> };
type Node = NodeSupervisor<MessagePortMain>;

/**
 * After `app.whenReady()`: the node in its utility process, the app://
 * renderer, IPC, menu, first window. Rejects with NodeStartError when the
 * node cannot start (main.ts shows the dialog).
 */
export async function startDesktopApp(paths: MainPaths, isDevelopment: boolean): Promise<void> {
  const notify = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    onClick: () => focusCommander(windows),
  });
  const node = startNodeProcess(paths, notify);
  const storage = createStoragePortBroker({
    node,
    createChannel: () => new MessageChannelMain(),
  });
  const registry = createWindowRegistry<BrowserWindow>();
  const factory = createWindowFactory({
    settings: { preloadPath: paths.preloadPath, isDevelopment },
    registry,
    createBrowserWindow: (options) => new BrowserWindow(options),
    onClosed: (webContentsId) => storage.close(webContentsId),
  });
  const windows: Windows = { registry, factory };
  const { url } = await node.start();
  const csp = contentSecurityPolicy({ nodeUrl: url });
  serveRenderer(protocol, { rootDir: paths.rendererDir, contentSecurityPolicy: csp });
  applySessionPolicy(session.defaultSession, csp);
  const disposeIpc = registerIpcHandlers(
    ipcMain,
    createRouter(node, windows, storage, paths.wallDisplayFile, notify),
  );
  installApplicationMenu(Menu, { isMac: process.platform === 'darwin', isDevelopment }, (action) =>
    sendMenuAction(windows, action),
  );
  watchApp(windows, async () => {
    disposeIpc();
    await node.shutdown();
  });
  factory.openCommander();
}

/** The node runs in a utility process; it restarts after a crash and windows reconnect. */
function startNodeProcess(paths: MainPaths, notify: (n: IpcArgs<'notify'>) => void): Node {
  const port = nodePortFromEnv(process.env);
  return createNodeSupervisor({
    fork: () => forkUtilityNode(paths.nodeHostPath),
    startOptions: {
      dataDir: paths.dataDir,
      rendererDir: paths.rendererDir,
      demo: process.env.LANTERN_DEMO === '1',
      ...(port === undefined ? {} : { port }),
    },
    onNotify: notify,
    onGaveUp(error) {
      dialog.showErrorBox(
        'Lantern stopped',
        `${error.message}\n\nWhat was saved before is kept. Data folder: ${paths.dataDir}\nStart Lantern again; if this repeats, keep this folder for support.`,
      );
      app.exit(1);
    },
  });
}

function watchApp(windows: Windows, shutdown: () => Promise<void>): void {
  // Anything not made by the factory (devtools, a stray webContents) still gets no popups or <webview>.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (attachEvent) => attachEvent.preventDefault());
  });
  app.on('second-instance', () => focusCommander(windows));
  app.on('activate', () => {
    if (windows.registry.ofKind('commander').length === 0) windows.factory.openCommander();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  // Quit waits for the node to close SQLite (or for the shutdown timeout).
  app.on('before-quit', createQuitGuard({ shutdown, quit: () => app.quit() }));
}

function createRouter(
  node: Node,
  windows: Windows,
  storage: StoragePortBroker<MessagePortMain>,
  wallDisplayFile: string,
  notify: (notification: IpcArgs<'notify'>) => void,
) {
  const walls = createWallDisplays({
    screen,
    store: wallDisplayFileStore(wallDisplayFile),
    openWindow: (bounds) => windows.factory.openWall(bounds),
  });
  const implementations = createIpcImplementations({
    node,
    walls,
    notify,
    printBriefPdf: createBriefPdfPrinter({
      briefExists: (briefId) => node.request('briefExists', { briefId }),
      contentsOf: (id) => windows.registry.get(id)?.window.webContents,
    }),
    storage: {
      open(webContentsId, readOnly) {
        const entry = windows.registry.get(webContentsId);
        if (!entry)
          throw new IpcRefusedError('This window is closing: it cannot get a storage channel.');
        return storage.open(entry.window.webContents, readOnly);
      },
    },
  });
  return createIpcRouter({
    implementations,
    identify(webContentsId) {
      const entry = windows.registry.get(webContentsId);
      return entry && { webContentsId, kind: entry.kind, readOnly: entry.readOnly };
    },
    readOnlyAllowed: READ_ONLY_ALLOWED,
  });
}

function focusCommander(windows: Windows): BrowserWindow {
  const target = menuActionTarget(windows.registry, undefined)?.window;
  if (!target) return windows.factory.openCommander();
  if (target.isMinimized()) target.restore();
  target.focus();
  return target;
}

/** Menu actions go to a commander window; with none open, one opens (the action is not replayed). */
function sendMenuAction(windows: Windows, action: MenuAction): void {
  const focusedId = BrowserWindow.getFocusedWindow()?.webContents.id;
  const target = menuActionTarget(windows.registry, focusedId);
  if (!target) {
    windows.factory.openCommander();
    return;
  }
  target.window.webContents.send(ipcEvents.menuAction.channel, action);
  target.window.focus();
}
