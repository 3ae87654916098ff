import type { MenuItemConstructorOptions } from 'electron';
import type { MenuAction } from '../../shared/contract/ipc.ts';

export interface MenuSettings {
  isMac: boolean;
  /** Devtools appear in development builds only. */
  isDevelopment: boolean;
}

/**
 * The native menu. Lantern's own actions go to the renderer as
 * `lantern:menu-action` events (the same actions as the command palette);
 * the rest are Electron roles.
 */
export function applicationMenuTemplate(
  settings: MenuSettings,
  sendAction: (action: MenuAction) => void,
): MenuItemConstructorOptions[] {
  const action = (
    label: string,
    accelerator: string,
    menuAction: MenuAction,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => sendAction(menuAction),
  });
  const appMenu: MenuItemConstructorOptions[] = settings.isMac ? [{ role: 'appMenu' }] : [];
  return [
    ...appMenu,
    {
      label: 'File',
      submenu: [
        action('Declare incident…', 'CmdOrCtrl+Shift+D', 'declare-incident'),
        { type: 'separator' },
        settings.isMac ? { role: 'close' } : { role: 'quit', accelerator: 'Ctrl+Q' },
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [
        action('Command palette…', 'CmdOrCtrl+K', 'open-command-palette'),
        action('Open wall display…', 'CmdOrCtrl+Shift+W', 'open-wall-display'),
        { type: 'separator' },
        { role: 'reload' },
        ...(settings.isDevelopment ? [{ role: 'toggleDevTools' } as const] : []),
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { type: 'separator' },
        { role: 'togglefullscreen' },
      ],
    },
    { role: 'windowMenu' },
  ];
}
