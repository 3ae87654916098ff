import { _electron, test as base, type ElectronApplication, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import {
  ELECTRON_SKIP_REASON,
  electronExecutablePath,
  missingBuildOutputs,
  repoRoot,
} from './electronBinary.ts';

/**
 * The built desktop app, launched per test on a fresh data folder
 * (LANTERN_DATA_DIR, which also keeps the single-instance lock per test) and
 * a free node port. Skips, with one line, where Electron is not installed.
 */
export const test = base.extend<{ electronApp: ElectronApplication; commanderWindow: Page }>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form
  electronApp: async ({}, use, testInfo) => {
    const executablePath = electronExecutablePath();
    if (!executablePath) {
      console.log(ELECTRON_SKIP_REASON);
      testInfo.skip(true, ELECTRON_SKIP_REASON);
      return;
    }
    const missing = missingBuildOutputs();
    if (missing.length > 0)
      throw new Error(`Run "npm run build" first; missing: ${missing.join(', ')}`);
    const dataDir = testInfo.outputPath('lantern-data');
    mkdirSync(dataDir, { recursive: true });
    const app = await _electron.launch({
      executablePath,
      // Containers run tests as root, where Chromium's OS sandbox cannot start.
      args: [...(process.getuid?.() === 0 ? ['--no-sandbox'] : []), repoRoot],
      cwd: repoRoot,
      env: {
        ...process.env,
        LANTERN_DATA_DIR: dataDir,
        LANTERN_PORT: '0',
        ELECTRON_ENABLE_LOGGING: '1',
      },
    });
    await use(app);
    await app.close();
  },
  commanderWindow: async ({ electronApp }, use) => {
    const window = await electronApp.firstWindow();
    await window.waitForLoadState('domcontentloaded');
    await use(window);
  },
});

export { expect } from '@playwright/test';
