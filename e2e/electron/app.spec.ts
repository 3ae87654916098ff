import type { LanternApi } from '../../shared/contract/ipc.ts';
import { expect, test } from './desktopFixtures.ts';

type LanternWindow = Window & { lantern?: LanternApi; require?: unknown; ipcRenderer?: unknown };

test('the desktop app opens the commander console from app:// with only window.lantern exposed', async ({
  commanderWindow,
}) => {
  await test.step('the commander window loads the renderer from app://lantern', async () => {
    expect(commanderWindow.url()).toMatch(/^app:\/\/lantern\/index\.html#\//);
    await expect(commanderWindow.locator('#root, body').first()).toBeVisible();
    await expect(commanderWindow.getByLabel('Workspace name')).toBeVisible();
  });

  await test.step('window.lantern exists; require, process and ipcRenderer do not', async () => {
    const globals = await commanderWindow.evaluate(() => {
      const win = window as LanternWindow;
      return {
        lantern: typeof win.lantern,
        lanternMembers: Object.keys(win.lantern ?? {}).sort(),
        require: typeof win.require,
        process: typeof (globalThis as { process?: unknown }).process,
        ipcRenderer: typeof win.ipcRenderer,
      };
    });
    expect(globals).toEqual({
      lantern: 'object',
      lanternMembers: [
        'listDisplays',
        'nodeInfo',
        'notify',
        'onMenuAction',
        'openWallDisplay',
        'requestStoragePort',
        'sendCommand',
      ],
      require: 'undefined',
      process: 'undefined',
      ipcRenderer: 'undefined',
    });
  });

  await test.step('the in-process node answers over IPC', async () => {
    const info = await commanderWindow.evaluate(() =>
      (window as LanternWindow).lantern?.nodeInfo(),
    );
    expect(info).toMatchObject({ status: 'ok', databaseName: 'lantern' });
  });

  await test.step('the CSP is enforced: no eval', async () => {
    const evalResult = await commanderWindow.evaluate(() => {
      try {
        return String(new Function('return "eval ran"')());
      } catch {
        return 'blocked';
      }
    });
    expect(evalResult).toBe('blocked');
  });

  await test.step('navigation away and window.open are refused', async () => {
    const opened = await commanderWindow.evaluate(
      () => window.open('https://example.org') === null,
    );
    expect(opened).toBe(true);
    await commanderWindow.evaluate(() => {
      window.location.href = 'https://example.org/';
    });
    await commanderWindow.waitForTimeout(500);
    expect(commanderWindow.url()).toMatch(/^app:\/\/lantern\//);
  });
});
