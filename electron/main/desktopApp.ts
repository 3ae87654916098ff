import {
  app,
  BrowserWindow,
  ipcMain,
  Menu,
  MessageChannelMain,
  Notification,
  protocol,
  screen,
  session,
  type MessagePortMain,
} from 'electron';
import { ipcEvents, type MenuAction } from '../../shared/contract/ipc.ts';
import { startNode, type LanternNode } from '../core/node.ts';
import { attachRemoteStorageConnection } from '../core/remote/remoteStorageServer.ts';
import { readSyncConfigFile } from '../core/sync/syncConfigFile.ts';
import { serveRenderer } from './appProtocol.ts';
import { contentSecurityPolicy } from './contentSecurityPolicy.ts';
import { IpcRefusedError } from './errors.ts';
import { createBriefPdfPrinter } from './briefPdf.ts';
import { notifyHandoffReminders } from './handoffNotifications.ts';
import { createIpcImplementations, READ_ONLY_ALLOWED, registerIpcHandlers } from './ipcHandlers.ts';
import { createIpcRouter } from './ipcRouter.ts';
import { nodePortFromEnv, type MainPaths } from './mainPaths.ts';
import { installApplicationMenu, menuActionTarget } from './menu.ts';
import { createNotifier } from './notifications.ts';
import { notifyCommunicationsDue } from './communicationNotifications.ts';
import { notifyPages } from './pageNotifications.ts';
import { createQuitGuard } from './quitGuard.ts';
import { applySessionPolicy } from './sessionPolicy.ts';
import { createStoragePortBroker, type StoragePortBroker } from './storagePorts.ts';
import { createWallDisplays } from './wallDisplay.ts';
import { wallDisplayFileStore } from './wallDisplayStore.ts';
import { createWindowFactory, type WindowFactory } from './windowFactory.ts';
import { createWindowRegistry, type WindowRegistry } from './windowRegistry.ts';

type Windows = { registry: WindowRegistry<BrowserWindow>; factory: WindowFactory<BrowserWindow> };

/** After `app.whenReady()`: the node in-process, the app:// renderer, IPC, menu, first window. */
export async function startDesktopApp(paths: MainPaths, isDevelopment: boolean): Promise<void> {
  const sync = readSyncConfigFile(paths.dataDir);
  const node = await startNode({
    dataDir: paths.dataDir,
    rendererDir: paths.rendererDir,
    port: nodePortFromEnv(process.env),
    demo: process.env.LANTERN_DEMO === '1',
    ...(sync ? { sync } : {}),
  });
  const csp = contentSecurityPolicy({ nodeUrl: node.url });
  serveRenderer(protocol, { rootDir: paths.rendererDir, contentSecurityPolicy: csp });
  applySessionPolicy(session.defaultSession, csp);

  const storage = createStoragePortBroker({
    database: node.database,
    attach: attachRemoteStorageConnection,
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
  const disposeIpc = registerIpcHandlers(
    ipcMain,
    createRouter(node, windows, storage, paths.wallDisplayFile),
  );

  installApplicationMenu(Menu, { isMac: process.platform === 'darwin', isDevelopment }, (action) =>
    sendMenuAction(windows, action),
  );
  // Anything not made by the factory (devtools, a stray webContents) still gets no popups or <webview>.
  app.on('web-contents-created', (_event, contents) => {
    contents.setWindowOpenHandler(() => ({ action: 'deny' }));
    contents.on('will-attach-webview', (attachEvent) => attachEvent.preventDefault());
  });
  factory.openCommander();
  app.on('second-instance', () => focusCommander(windows));
  app.on('activate', () => {
    if (registry.ofKind('commander').length === 0) factory.openCommander();
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on(
    'before-quit',
    createQuitGuard({
      shutdown: async () => {
        disposeIpc();
        storage.closeAll();
        await node.close();
      },
      quit: () => app.quit(),
    }),
  );
}

function createRouter(
  node: LanternNode,
  windows: Windows,
  storage: StoragePortBroker<MessagePortMain>,
  wallDisplayFile: string,
) {
  const walls = createWallDisplays({
    screen,
    store: wallDisplayFileStore(wallDisplayFile),
    openWindow: (bounds) => windows.factory.openWall(bounds),
  });
  const notify = createNotifier({
    isSupported: () => Notification.isSupported(),
    create: (options) => new Notification(options),
    onClick: () => focusCommander(windows),
  });
  notifyPages(node, notify);
  notifyCommunicationsDue(node, notify);
  notifyHandoffReminders(node, notify);
  const implementations = createIpcImplementations({
    node,
    walls,
    notify,
    printBriefPdf: createBriefPdfPrinter({
      briefExists: async (id) => (await node.database.handoffs.findOne(id).exec()) !== null,
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
