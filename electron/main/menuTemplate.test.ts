import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import type { MenuAction } from '../../shared/contract/ipc.ts';
import { applicationMenuTemplate } from './menuTemplate.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? flatten(item.submenu) : []),
  ]);
}

function build(isMac: boolean, isDevelopment: boolean) {
  const sent: MenuAction[] = [];
  const items = flatten(
    applicationMenuTemplate({ isMac, isDevelopment }, (action) => sent.push(action)),
  );
  return { items, sent, byLabel: (label: string) => items.find((item) => item.label === label) };
}

describe('application menu', () => {
  it('binds the Lantern shortcuts and sends menu actions to the renderer', () => {
    const { byLabel, sent } = build(false, false);
    expect(byLabel('Declare incident…')?.accelerator).toBe('CmdOrCtrl+Shift+D');
    expect(byLabel('Command palette…')?.accelerator).toBe('CmdOrCtrl+K');
    expect(byLabel('Open wall display…')?.accelerator).toBe('CmdOrCtrl+Shift+W');
    for (const label of ['Declare incident…', 'Command palette…', 'Open wall display…']) {
      (byLabel(label)?.click as () => void)();
    }
    expect(sent).toEqual(['declare-incident', 'open-command-palette', 'open-wall-display']);
  });

  it('offers reload and quit, and devtools only in development', () => {
    const roles = (isDevelopment: boolean) =>
      build(false, isDevelopment).items.map((item) => item.role);
    expect(roles(false)).toEqual(expect.arrayContaining(['reload', 'quit']));
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('uses the macOS app menu (with Quit) on a Mac', () => {
    const roles = build(true, false).items.map((item) => item.role);
    expect(roles).toContain('appMenu');
    expect(roles).not.toContain('quit');
  });
});
