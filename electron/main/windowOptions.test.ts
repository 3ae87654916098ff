import { describe, expect, it } from 'vitest';
import {
  commanderWindowOptions,
  secureWebPreferences,
  wallWindowOptions,
  windowUrl,
} from './windowOptions.ts';

const settings = {
  preloadPath: '/app/dist-electron/electron/preload/preload.cjs',
  isDevelopment: false,
};

describe('window options', () => {
  it('locks every window down: sandbox, context isolation, no Node, no <webview>', () => {
    for (const options of [
      commanderWindowOptions(settings),
      wallWindowOptions(settings, { x: 0, y: 0, width: 1920, height: 1080 }),
    ]) {
      expect(options.webPreferences).toMatchObject({
        sandbox: true,
        contextIsolation: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webviewTag: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        preload: settings.preloadPath,
      });
    }
  });

  it('keeps devtools for development builds only', () => {
    expect(secureWebPreferences(settings).devTools).toBe(false);
    expect(secureWebPreferences({ ...settings, isDevelopment: true }).devTools).toBe(true);
  });

  it('puts a wall display full screen on the bounds of the chosen screen', () => {
    const options = wallWindowOptions(settings, { x: 1920, y: 0, width: 3840, height: 2160 });
    expect(options).toMatchObject({ x: 1920, y: 0, width: 3840, height: 2160, fullscreen: true });
  });

  it('loads windows from app://lantern with a hash route', () => {
    expect(windowUrl('commander')).toBe('app://lantern/index.html#/');
    expect(windowUrl('wall')).toBe('app://lantern/index.html#/wall');
  });
});
