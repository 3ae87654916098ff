import type {
  BrowserWindow,
  BrowserWindowConstructorOptions,
  Rectangle,
  WebContents,
} from 'electron';
import { guardWebContents } from './webContentsGuards.ts';
import {
  commanderWindowOptions,
  wallWindowOptions,
  windowUrl,
  type WindowKind,
  type WindowSettings,
} from './windowOptions.ts';
import type { WindowRegistry } from './windowRegistry.ts';

/** The parts of a BrowserWindow the factory touches. */
export type FactoryWindow = Pick<BrowserWindow, 'once' | 'on' | 'show' | 'loadURL'> & {
  webContents: Pick<WebContents, 'id' | 'on' | 'setWindowOpenHandler'>;
};

export interface WindowFactoryOptions<W extends FactoryWindow> {
  settings: WindowSettings;
  registry: WindowRegistry<W>;
  /** `(options) => new BrowserWindow(options)`. */
  createBrowserWindow(options: BrowserWindowConstructorOptions): W;
  /** A window closed: release what belongs to it (its storage channel). */
  onClosed?(webContentsId: number): void;
  log?: (message: string) => void;
}

export interface WindowFactory<W> {
  openCommander(): W;
  openWall(displayBounds: Rectangle): W;
}

/** Every Lantern window comes from here: same preferences, same guards, registered for IPC. */
export function createWindowFactory<W extends FactoryWindow>(
  options: WindowFactoryOptions<W>,
): WindowFactory<W> {
  const log = options.log ?? console.warn;
  const open = (kind: WindowKind, windowOptions: BrowserWindowConstructorOptions): W => {
    const window = options.createBrowserWindow(windowOptions);
    // Captured now: webContents is destroyed by the time 'closed' fires.
    const webContentsId = window.webContents.id;
    guardWebContents(window.webContents, log);
    options.registry.add({ webContentsId, kind, readOnly: kind === 'wall', window });
    window.once('ready-to-show', () => window.show());
    window.on('closed', () => {
      options.registry.remove(webContentsId);
      options.onClosed?.(webContentsId);
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      log(`The ${kind} window stopped (${details.reason}); reload it from the View menu.`);
    });
    window
      .loadURL(windowUrl(kind))
      .catch((error: unknown) => log(`The ${kind} window did not load: ${String(error)}`));
    return window;
  };
  return {
    openCommander: () => open('commander', commanderWindowOptions(options.settings)),
    openWall: (displayBounds) => open('wall', wallWindowOptions(options.settings, displayBounds)),
  };
}
