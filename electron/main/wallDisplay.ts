import type { DisplaySummary } from '../../shared/contract/ipc.ts';
import { UnknownDisplayError } from './errors.ts';
import {
  recallWallDisplay,
  rememberWallDisplay,
  summariseDisplays,
  type DisplayLike,
} from './wallDisplayMemory.ts';
import type { WallDisplayStore } from './wallDisplayStore.ts';

/** The parts of Electron's `screen` the wall display uses. */
export interface ScreenLike {
  getAllDisplays(): DisplayLike[];
  getPrimaryDisplay(): { id: number };
}

/** The parts of a BrowserWindow the wall display uses. */
export interface WallWindowLike {
  focus(): void;
  isDestroyed(): boolean;
}

export interface WallDisplayOptions {
  screen: ScreenLike;
  store: WallDisplayStore;
  /** Opens a read-only full-screen wall window on these bounds (window factory). */
  openWindow(bounds: DisplayLike['bounds']): WallWindowLike;
  log?: (message: string, error?: unknown) => void;
}

export interface WallDisplays {
  list(): Promise<DisplaySummary[]>;
  open(displayId: number): Promise<void>;
}

/** "Open wall display": one read-only full-screen window per screen, the choice remembered. */
export function createWallDisplays(options: WallDisplayOptions): WallDisplays {
  const open = new Map<number, WallWindowLike>();
  const log = options.log ?? console.warn;
  return {
    async list() {
      const displays = options.screen.getAllDisplays();
      const remembered = recallWallDisplay(await options.store.load(), displays);
      return summariseDisplays(displays, options.screen.getPrimaryDisplay().id, remembered);
    },
    async open(displayId) {
      const displays = options.screen.getAllDisplays();
      const display = displays.find((candidate) => candidate.id === displayId);
      if (!display) throw new UnknownDisplayError(displayId);
      const existing = open.get(displayId);
      if (existing && !existing.isDestroyed()) existing.focus();
      else open.set(displayId, options.openWindow(display.bounds));
      const memory = rememberWallDisplay(await options.store.load(), displays, displayId);
      // The window is up; failing to remember the choice only costs a question next time.
      await options.store
        .save(memory)
        .catch((error: unknown) => log('Could not remember the wall display choice', error));
    },
  };
}
