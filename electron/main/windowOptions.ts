import type { BrowserWindowConstructorOptions, Rectangle, WebPreferences } from 'electron';
import { APP_ORIGIN } from './rendererPath.ts';

/** The commander console (read-write) or a wall display (read-only, full screen). */
export type WindowKind = 'commander' | 'wall';

export interface WindowSettings {
  preloadPath: string;
  /** Development builds keep devtools; packaged builds do not. */
  isDevelopment: boolean;
}

/** The same locked-down preferences for every window: the renderer is a web page. */
export function secureWebPreferences(settings: WindowSettings): WebPreferences {
  return {
    preload: settings.preloadPath,
    sandbox: true,
    contextIsolation: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    devTools: settings.isDevelopment,
  };
}

export function commanderWindowOptions(settings: WindowSettings): BrowserWindowConstructorOptions {
  return {
    title: 'Lantern',
    width: 1440,
    height: 900,
    minWidth: 960,
    minHeight: 600,
    show: false,
    backgroundColor: '#0f1115',
    webPreferences: secureWebPreferences(settings),
  };
}

/** A wall display covers the whole screen it was opened on. */
export function wallWindowOptions(
  settings: WindowSettings,
  displayBounds: Rectangle,
): BrowserWindowConstructorOptions {
  return {
    title: 'Lantern — wall display',
    ...displayBounds,
    fullscreen: true,
    autoHideMenuBar: true,
    show: false,
    backgroundColor: '#000000',
    webPreferences: secureWebPreferences(settings),
  };
}

/** Where each kind of window starts; the renderer uses a hash router. */
export function windowUrl(kind: WindowKind): string {
  return kind === 'wall' ? `${APP_ORIGIN}/index.html#/wall` : `${APP_ORIGIN}/index.html#/`;
}
