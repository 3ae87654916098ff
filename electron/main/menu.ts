import type { Menu } from 'electron';
import type { MenuAction } from '../../shared/contract/ipc.ts';
import { applicationMenuTemplate, type MenuSettings } from './menuTemplate.ts';
import type { KnownWindow, WindowRegistry } from './windowRegistry.ts';

/** Menu actions go to the focused commander window, else to any commander window. */
export function menuActionTarget<W>(
  registry: WindowRegistry<W>,
  focusedWebContentsId: number | undefined,
): KnownWindow<W> | undefined {
  const commanders = registry.ofKind('commander');
  return commanders.find((entry) => entry.webContentsId === focusedWebContentsId) ?? commanders[0];
}

export function installApplicationMenu(
  menu: Pick<typeof Menu, 'buildFromTemplate' | 'setApplicationMenu'>,
  settings: MenuSettings,
  sendAction: (action: MenuAction) => void,
): void {
  menu.setApplicationMenu(menu.buildFromTemplate(applicationMenuTemplate(settings, sendAction)));
}
