import type { WindowKind } from './windowOptions.ts';

/** A window this process created, keyed by its webContents id. */
export interface KnownWindow<W> {
  webContentsId: number;
  kind: WindowKind;
  /** Wall displays are read-only: no commands, read-only storage. */
  readOnly: boolean;
  window: W;
}

/**
 * The windows main created through the window factory. IPC from any other
 * webContents (devtools, a stray frame) is refused because it is not here.
 */
export interface WindowRegistry<W> {
  add(entry: KnownWindow<W>): void;
  remove(webContentsId: number): void;
  get(webContentsId: number): KnownWindow<W> | undefined;
  ofKind(kind: WindowKind): KnownWindow<W>[];
}

export function createWindowRegistry<W>(): WindowRegistry<W> {
  const windows = new Map<number, KnownWindow<W>>();
  return {
    add: (entry) => void windows.set(entry.webContentsId, entry),
    remove: (webContentsId) => void windows.delete(webContentsId),
    get: (webContentsId) => windows.get(webContentsId),
    ofKind: (kind) => [...windows.values()].filter((entry) => entry.kind === kind),
  };
}
