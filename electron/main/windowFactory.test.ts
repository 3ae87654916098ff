import type { BrowserWindowConstructorOptions } from 'electron';
import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { createWindowFactory, type FactoryWindow } from './windowFactory.ts';
import { createWindowRegistry } from './windowRegistry.ts';

let nextId = 1;

class FakeWindow extends EventEmitter {
  shown = false;
  loaded: string[] = [];
  webContents = Object.assign(new EventEmitter(), {
    id: nextId++,
    openHandler: undefined as unknown,
    setWindowOpenHandler(handler: unknown) {
      this.openHandler = handler;
    },
  });
  readonly options: BrowserWindowConstructorOptions;
  constructor(options: BrowserWindowConstructorOptions) {
    super();
    this.options = options;
  }
  show() {
    this.shown = true;
  }
  async loadURL(url: string) {
    this.loaded.push(url);
  }
}

function setup() {
  const registry = createWindowRegistry<FactoryWindow>();
  const closed: number[] = [];
  const factory = createWindowFactory({
    settings: { preloadPath: '/app/preload.cjs', isDevelopment: false },
    registry,
    createBrowserWindow: (options) => new FakeWindow(options) as unknown as FactoryWindow,
    onClosed: (id) => closed.push(id),
    log: () => undefined,
  });
  return { registry, closed, factory };
}

describe('window factory', () => {
  it('opens the commander console sandboxed, guarded, registered and loaded from app://', () => {
    const { factory, registry } = setup();
    const window = factory.openCommander() as unknown as FakeWindow;
    expect(window.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
    });
    expect(window.loaded).toEqual(['app://lantern/index.html#/']);
    expect(window.webContents.openHandler).toBeTypeOf('function');
    expect(window.webContents.listenerCount('will-navigate')).toBe(1);
    expect(registry.get(window.webContents.id)).toMatchObject({
      kind: 'commander',
      readOnly: false,
    });
    window.emit('ready-to-show');
    expect(window.shown).toBe(true);
  });

  it('opens wall displays read-only on the given bounds', () => {
    const { factory, registry } = setup();
    const window = factory.openWall({
      x: 1920,
      y: 0,
      width: 3840,
      height: 2160,
    }) as unknown as FakeWindow;
    expect(window.options).toMatchObject({ x: 1920, width: 3840, fullscreen: true });
    expect(window.loaded).toEqual(['app://lantern/index.html#/wall']);
    expect(registry.get(window.webContents.id)).toMatchObject({ kind: 'wall', readOnly: true });
    expect(registry.ofKind('wall')).toHaveLength(1);
  });

  it('forgets a window when it closes and releases what it held', () => {
    const { factory, registry, closed } = setup();
    const window = factory.openCommander() as unknown as FakeWindow;
    window.emit('closed');
    expect(registry.get(window.webContents.id)).toBeUndefined();
    expect(closed).toEqual([window.webContents.id]);
  });
});
