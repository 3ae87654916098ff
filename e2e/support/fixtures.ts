import { test as base } from '@playwright/test';
import { startNodeProcess, type NodeLaunch, type NodeProcess } from './nodeProcess.ts';

/** Each test gets its own headless node on its own data folder. */
export const test = base.extend<{
  lanternNode: NodeProcess;
  startNode: (args?: string[], launch?: NodeLaunch) => Promise<NodeProcess>;
}>({
  // eslint-disable-next-line no-empty-pattern -- Playwright needs the destructuring form
  startNode: async ({}, use, testInfo) => {
    const started: NodeProcess[] = [];
    await use(async (args = [], launch = {}) => {
      const node = await startNodeProcess(testInfo.outputPath('data'), args, launch);
      started.push(node);
      return node;
    });
    await Promise.all(started.map((node) => node.stop().catch(() => undefined)));
  },
  lanternNode: async ({ startNode }, use) => {
    await use(await startNode());
  },
});

export { expect } from '@playwright/test';
