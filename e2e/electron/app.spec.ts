import type { LanternApi } from '../../shared/contract/ipc.ts';
import { expect, test } from './desktopFixtures.ts';

type LanternWindow = Window & { lantern?: LanternApi; require?: unknown; ipcRenderer?: unknown };

test('desktop app: commander console on app://, only window.lantern exposed, read-only wall display', async ({
  electronApp,
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

  await test.step('a wall display opens read-only on a screen the user picks', async () => {
    const wallOpened = electronApp.waitForEvent('window');
    await commanderWindow.evaluate(async () => {
      const api = (window as LanternWindow).lantern;
      const [screen] = (await api?.listDisplays()) ?? [];
      if (screen) await api?.openWallDisplay(screen.id);
    });
    const wall = await wallOpened;
    await wall.waitForLoadState('domcontentloaded');
    expect(wall.url()).toMatch(/^app:\/\/lantern\/index\.html#\/wall/);
    const reply = await wall.evaluate(() =>
      (window as LanternWindow).lantern?.sendCommand(
        'declareIncident',
        { title: 'From the wall', severity: 'SEV2' } as never,
        { kind: 'person', id: 'nobody' },
      ),
    );
    expect(reply).toMatchObject({ error: { code: 'forbidden' } });
  });
});
