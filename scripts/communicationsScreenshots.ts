// Screenshots of the communications screen and the wall's stakeholder-updates
// panel: `npx node --disable-warning=ExperimentalWarning scripts/communicationsScreenshots.ts`
// (after `npm run build:renderer`). A demo node with loopback SMTP/SMS servers;
// restarted 35 minutes later by its own clock so the executive update is overdue.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import {
  loopbackChannels,
  startSmtpCapture,
  startTwilioCompatibleSms,
} from '../electron/core/communications/channelServers.testHelpers.ts';
import { apiRequest } from '../e2e/support/nodeApi.ts';
import { startNodeProcess, type NodeProcess } from '../e2e/support/nodeProcess.ts';

const outDir = join(import.meta.dirname, '..', 'docs', 'screenshots');
const clockShift = join(
  import.meta.dirname,
  '..',
  'electron',
  'core',
  'scheduler',
  'clockShift.testSupport.ts',
);

async function seed(node: NodeProcess): Promise<string> {
  const incident = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    {
      title: 'Card authorisation failing for Visa debit',
      severity: 'SEV1',
      type: 'availability',
      serviceIds: ['card-authorisation'],
      summary:
        'Issuer timeouts on 38% of card authorisations since 09:12 UTC; failing over to the secondary region.',
    },
    'yusuf-demir',
  );
  const id = incident.body.id;
  await apiRequest(
    node,
    'POST',
    `/incidents/${id}/roles`,
    { role: 'communications-lead', personId: 'kevin-murphy' },
    'yusuf-demir',
  );
  const support = await apiRequest<{ id: string }>(
    node,
    'POST',
    `/incidents/${id}/communications`,
    { audienceId: 'customer-support' },
    'kevin-murphy',
  );
  await apiRequest(node, 'POST', `/communications/${support.body.id}/send`, {}, 'kevin-murphy');
  const statement = await apiRequest<{ id: string }>(
    node,
    'POST',
    `/incidents/${id}/communications`,
    { audienceId: 'customers-public' },
    'ethan-brooks',
  );
  await apiRequest(
    node,
    'POST',
    `/communications/${statement.body.id}/approval-request`,
    {},
    'ethan-brooks',
  );
  await apiRequest(
    node,
    'POST',
    `/communications/${statement.body.id}/reviews`,
    { role: 'legal', action: 'approve', comment: 'No admission of liability; fine to publish.' },
    'catherine-moreau',
  );
  await apiRequest(
    node,
    'POST',
    `/communications/${statement.body.id}/reviews`,
    { role: 'pr', action: 'comment', comment: 'Can we say which card types are affected?' },
    'rachel-adeyemi',
  );
  return id;
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'lantern-comms-shots-'));
  const smtp = await startSmtpCapture();
  const sms = await startTwilioCompatibleSms();
  writeFileSync(
    join(dataDir, 'communications.json'),
    JSON.stringify({
      ...loopbackChannels(smtp, sms),
      statusPage: { folder: join(dataDir, 'status') },
    }),
  );
  const first = await startNodeProcess(dataDir, ['--demo']);
  const incidentId = await seed(first);
  await new Promise((done) => setTimeout(done, 1500)); // let the outbox deliver
  await first.stop();
  const node = await startNodeProcess(dataDir, [], {
    nodeArgs: ['--import', clockShift],
    env: { LANTERN_TEST_CLOCK_SHIFT_MS: String(35 * 60_000) },
  });
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
    // The browser's clock matches the node's (35 minutes on), so it too sees the update overdue.
    const shifted = new Date(Date.now() + 35 * 60_000);
    const page = await browser.newPage({ viewport: { width: 1600, height: 1300 } });
    await page.clock.install({ time: shifted });
    await page.goto(node.consoleUrl);
    await page.getByLabel('Search people').fill('Kevin');
    await page.getByRole('button', { name: /Kevin Murphy/ }).click();
    await page.goto(`${node.consoleUrl}#/incidents/${incidentId}/communications`);
    await page.getByTestId('cadence').first().waitFor();
    await page.getByText('Delivered').first().waitFor();
    await page.screenshot({ path: join(outDir, 'communications.png') });
    const wall = await browser.newPage({ viewport: { width: 1920, height: 1080 } });
    await wall.clock.install({ time: shifted });
    await wall.goto(`${node.consoleUrl}#/wall`);
    await wall.getByTestId('wall-overdue-updates').waitFor();
    // Rotate to the updates panel without waiting out each panel's display time.
    for (let i = 0; i < 12 && !(await wall.getByTestId('wall-updates').isVisible()); i += 1)
      await wall.clock.fastForward(20_000);
    await wall.getByTestId('wall-updates').waitFor();
    await wall.screenshot({ path: join(outDir, 'wall-updates.png') });
    console.log(`Screenshots written to ${outDir}`);
  } finally {
    await browser.close();
    await node.stop();
    await smtp.close();
    await sms.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

await main();
