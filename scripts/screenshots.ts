// Screenshots of the console and the wall display for the README and for
// reviewing UI changes: `npm run screenshots` (after `npm run build:renderer`).
// Starts a real headless node with the demo organisation on a temporary folder.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { TEST_PASSPHRASE } from '../electron/core/access/signIn.testSupport.ts';
import { apiRequest } from '../e2e/support/nodeApi.ts';
import { startNodeProcess } from '../e2e/support/nodeProcess.ts';

const outDir = join(import.meta.dirname, '..', 'docs', 'screenshots');
const commander = 'yusuf-demir';

async function seedIncidents(node: Awaited<ReturnType<typeof startNodeProcess>>): Promise<void> {
  // The commander acts through their own session (which also gives them the test passphrase).
  const declare = async (body: object) =>
    (await apiRequest<{ id: string }>(node, 'POST', '/incidents', body, commander)).body;
  const card = await declare({
    title: 'Card authorisation failing for Visa debit',
    severity: 'SEV1',
    type: 'availability',
    serviceIds: ['card-authorisation'],
    summary:
      'Issuer timeouts on 38% of card authorisations since 09:12 UTC; retail and online channels affected.',
  });
  await declare({
    title: 'Claims portal slow for policyholders',
    severity: 'SEV3',
    type: 'performance',
    serviceIds: ['claims-intake'],
  });
  for (const text of [
    'Payments on-call confirms gateway latency p99 at 8 s',
    'Failing over issuer connection to the secondary region',
    'Status page updated: degraded card payments',
  ]) {
    await apiRequest(node, 'POST', `/incidents/${card.id}/timeline`, { text }, commander);
  }
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-shots-'));
  const node = await startNodeProcess(dataDir, ['--demo']);
  const browser = await chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  try {
    await seedIncidents(node);
    const page = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await page.goto(node.consoleUrl);
    await page.getByLabel('Search people').fill('Yusuf');
    await page.getByRole('button', { name: /Yusuf Demir/ }).click();
    await page.getByLabel('Passphrase').fill(TEST_PASSPHRASE);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page
      .getByRole('link', { name: /Card authorisation failing/ })
      .first()
      .click();
    await page.getByText('Status page updated').first().waitFor();
    await page.screenshot({ path: join(outDir, 'console.png') });
    await page.getByRole('link', { name: 'On call' }).click();
    await page.getByText('Weekend facilities cover').first().waitFor();
    await page.screenshot({ path: join(outDir, 'on-call.png') });
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.goto(`${node.consoleUrl}#/wall`);
    await wall.getByText('Card authorisation failing').first().waitFor();
    await wall.screenshot({ path: join(outDir, 'wall-display.png') });
    console.log(`Screenshots written to ${outDir}`);
  } finally {
    await browser.close();
    await node.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
