import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { FacilitatorConsolePage } from '../pageModels/facilitatorConsolePage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { expect, test } from '../support/fixtures.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');

/**
 * A shortened scenario over Northwind Mutual: injects 1 and 2 on schedule a
 * few scenario seconds apart, 3 late (released by hand), 4 a contingency.
 */
const drill = {
  id: 'e2e-portal-drill',
  title: 'E2E drill: Customer Portal down at renewal peak',
  summary:
    'The Customer Portal stops answering during the Monday renewal peak. A shortened drill for the e2e test.',
  incidentType: 'availability',
  severity: 'SEV2',
  serviceIds: ['customer-portal'],
  durationMinutes: 10,
  objectives: [
    {
      id: 'take-command',
      text: 'Take command and set the first objectives',
      capability: 'Operational Coordination',
    },
    {
      id: 'first-update',
      text: 'Publish the first customer update',
      capability: 'Public Information and Warning',
    },
  ],
  participantRoles: [
    { id: 'incident-commander', label: 'Incident Commander', commandRole: 'incident-commander' },
    { id: 'communications-lead', label: 'Communications Lead', commandRole: 'communications-lead' },
  ],
  modules: [{ id: 'm1', title: 'Module 1 — Portal down' }],
  injects: [
    {
      number: 1,
      time: '0:00:00',
      module: 'm1',
      from: 'Synthetic monitoring',
      to: 'incident-commander',
      method: 'alert',
      message: 'Customer Portal login check failing from all probes; HTTP 503.',
      expectedAction: 'Take command, set objectives, name a Communications Lead.',
      objective: 'take-command',
      contingencies: [4],
    },
    {
      number: 2,
      time: '0:00:06',
      module: 'm1',
      from: 'Service Desk (Lakshmi Pillai)',
      to: 'communications-lead',
      method: 'phone',
      message: 'Brokers are calling: customers cannot renew policies online.',
      expectedAction: 'Publish a customer update and a Service Desk script.',
      objective: 'first-update',
    },
    {
      number: 3,
      time: '0:30:00',
      module: 'm1',
      from: 'Head of Platform Reliability (Maya Okafor)',
      to: 'incident-commander',
      method: 'in-person',
      message: 'Failover to eu-west-1 would take 40 minutes.',
      expectedAction: 'Decide on failover and record it.',
      objective: 'take-command',
    },
    {
      number: 4,
      time: '0:00:30',
      module: 'm1',
      from: 'Chief Operating Officer (simulated)',
      to: 'incident-commander',
      method: 'phone',
      message: 'CONTINGENCY: Who is in charge of this?',
      expectedAction: 'Say who commands.',
      objective: 'take-command',
      contingency: true,
    },
  ],
};

async function signedIn(browser: Browser, url: string, name: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  await new ChoosePersonPage(page).choose(name);
  return page;
}

test('a shortened tabletop exercise, facilitator and two players, through to the AAR/IP', async ({
  browser,
  startNode,
}, testInfo) => {
  test.setTimeout(180_000);
  const node = await startNode(['--demo']);

  // The facilitator imports the drill and edits an inject's text and expected action.
  const facilitatorPage = await signedIn(browser, node.consoleUrl, 'Yusuf Demir');
  const facilitator = new FacilitatorConsolePage(facilitatorPage);
  await facilitator.openLibrary();
  await expect(facilitator.scenarioCard('Ransomware on the claims file servers')).toBeVisible();
  expect(await seriousViolations(facilitatorPage, 'scenario library', testInfo)).toEqual([]);
  await facilitator.importScenario('drill.json', drill);
  await expect(facilitator.scenarioCard(drill.title)).toBeVisible();
  const [exported] = await Promise.all([
    facilitatorPage.waitForEvent('download'),
    facilitator.scenarioCard(drill.title).getByRole('button', { name: 'Export' }).click(),
  ]);
  expect(exported.suggestedFilename()).toBe(`${drill.id}.json`);
  const exportedFile = JSON.parse(readFileSync(await exported.path(), 'utf8')) as typeof drill;
  expect(exportedFile).toMatchObject({ id: drill.id, injects: expect.any(Array) });
  expect(exportedFile.injects).toHaveLength(drill.injects.length);
  await facilitator.scenarioCard(drill.title).getByRole('link', { name: 'Edit MSEL' }).click();
  await facilitator.mselRow(3).getByRole('button', { name: 'Edit' }).click();
  await facilitator
    .injectForm(3)
    .getByLabel('Message')
    .fill('Failover to eu-west-1 would take 40 minutes and lose 6 minutes of data.');
  await facilitator.injectForm(3).getByRole('button', { name: 'Save inject' }).click();
  await expect(facilitator.mselRow(3)).toContainText('lose 6 minutes of data');

  // Set up the exercise: Maya Okafor commands the EXERCISE incident.
  await facilitator.openLibrary();
  await facilitator
    .scenarioCard(drill.title)
    .getByRole('button', { name: 'Start exercise' })
    .click();
  await facilitatorPage
    .getByRole('dialog')
    .getByLabel('Player in command of the exercise incident')
    .selectOption({ label: 'Maya Okafor' });
  await facilitatorPage
    .getByRole('dialog')
    .getByRole('button', { name: 'Set up exercise' })
    .click();
  await expect(facilitatorPage.getByTestId('facilitator-console')).toBeVisible();
  await expect(facilitator.clockState()).toContainText('Ready');
  // The token stays in the first URL only; players open the same route with it.
  const consoleUrl = `${node.consoleUrl}${new URL(facilitatorPage.url()).hash}`;

  // Two players join from their own browsers and open the exercise incident.
  const commanderPage = await signedIn(browser, consoleUrl, 'Maya Okafor');
  const commander = new FacilitatorConsolePage(commanderPage);
  await commander.joinAsPlayer('Incident Commander');
  const commsPage = await signedIn(browser, consoleUrl, 'Rachel Adeyemi');
  await new FacilitatorConsolePage(commsPage).joinAsPlayer('Communications Lead');
  await expect(facilitatorPage.getByTestId('participants')).toContainText('Rachel Adeyemi');
  for (const player of [commanderPage, commsPage]) {
    await player.getByRole('link', { name: /open the exercise incident/ }).click();
    await expect(player.getByTestId('exercise-notice')).toContainText('EXERCISE');
    await expect(player.getByRole('heading', { name: `EXERCISE — ${drill.title}` })).toBeVisible();
  }
  const timelineOf = (page: Page) => page.getByRole('list', { name: 'Timeline', exact: true });

  // STARTEX: inject 1 is released on schedule at 0:00 onto the commander's timeline.
  await facilitator.clockButton('Start clock');
  await expect(
    timelineOf(commanderPage).getByText(/EXERCISE INJECT 1 .* to Incident Commander/),
  ).toBeVisible();
  await expect(facilitator.inject(1)).toContainText('on schedule');

  // Paused, scenario time stands still and inject 2 (at 0:00:06) waits past its time.
  await facilitator.clockButton('Pause');
  await expect(facilitator.clockState()).toContainText('Paused');
  const pausedAt = await facilitator.clock().textContent();
  await commanderPage
    .getByLabel('Timeline entry')
    .fill('I have command. Objective 1: restore portal logins. Rachel leads comms.');
  await commanderPage.getByRole('button', { name: 'Add entry' }).click();
  await expect(facilitator.inject(1).getByTestId('player-actions')).toContainText('I have command');
  await expect(facilitator.clock()).toHaveText(pausedAt ?? '');
  await expect(facilitator.inject(2)).toContainText('Pending');
  await expect(timelineOf(commsPage).getByText(/EXERCISE INJECT 2/)).toHaveCount(0);

  // Resumed, inject 2 goes out on schedule to the Communications Lead.
  await facilitator.clockButton('Resume');
  await expect(
    timelineOf(commsPage).getByText(/EXERCISE INJECT 2 .* to Communications Lead/),
  ).toBeVisible({ timeout: 20_000 });
  await expect(facilitator.inject(2)).toContainText('on schedule');
  await commsPage
    .getByLabel('Timeline entry')
    .fill('Status page updated: online renewals unavailable, cover continues.');
  await commsPage.getByRole('button', { name: 'Add entry' }).click();
  await expect(facilitator.inject(2).getByTestId('player-actions')).toContainText(
    'Status page updated',
  );

  // Inject 3 is hours away in scenario time: released by hand; then a contingency is added and released.
  await facilitator.inject(3).getByRole('button', { name: 'Release now' }).click();
  await expect(facilitator.inject(3)).toContainText('by hand');
  await expect(
    timelineOf(commanderPage).getByText(/EXERCISE INJECT 3 .*lose 6 minutes of data/),
  ).toBeVisible();
  await facilitator.inject(3).getByRole('button', { name: 'Add contingency' }).click();
  const contingency = facilitatorPage.getByRole('form', { name: 'Contingency for inject 3' });
  await contingency
    .getByLabel('Contingency message')
    .fill('The COO asks for a failover decision within 5 minutes.');
  await contingency.getByRole('button', { name: 'Add contingency' }).click();
  await expect(facilitator.inject(5)).toContainText('The COO asks for a failover decision');
  await facilitator.inject(5).getByRole('button', { name: 'Release now' }).click();
  await expect(timelineOf(commanderPage).getByText(/EXERCISE INJECT 5/)).toBeVisible();

  // The war-room wall says EXERCISE, loudly.
  const wall = await WallDisplayPage.open(browser, node.consoleUrl);
  await expect(wall.page.getByTestId('wall-exercise-banner')).toBeVisible();
  await expect(wall.text(`EXERCISE — ${drill.title}`)).toBeVisible();
  await wall.page.screenshot({ path: join(screenshots, 'exercise-wall.png') });
  await wall.close();
  for (const pane of ['.facilitator-play', '.facilitator-evaluation'])
    await facilitatorPage.locator(pane).evaluate((element) => element.scrollTo(0, 0));
  await facilitatorPage.screenshot({ path: join(screenshots, 'exercise-facilitator.png') });
  expect(await seriousViolations(facilitatorPage, 'facilitator console', testInfo)).toEqual([]);

  // ENDEX, then evaluation: ratings, hot wash, an improvement item with owner and due date.
  await facilitator.clockButton('End exercise');
  await expect(facilitator.clockState()).toContainText('Ended');
  await facilitator.rate(
    'take-command',
    'S',
    'Command taken at once; failover decision needed a nudge',
  );
  await facilitator.rate('first-update', 'P', 'Status page updated within the first minutes');
  await facilitator.addHotWash('Area for improvement', 'Failover criteria are not written down');
  await facilitator.addImprovement(
    'Write failover criteria for the Customer Portal',
    'Maya Okafor',
    '2027-01-31',
  );

  const markdown = await facilitator.download('Markdown');
  expect(markdown.name).toBe('aar-e2e-portal-drill.md');
  const text = markdown.content.toString('utf8');
  expect(text).toContain(`# After-Action Report / Improvement Plan — ${drill.title}`);
  expect(text).toContain(
    '| Take command and set the first objectives | Operational Coordination | S — Performed with some challenges |',
  );
  expect(text).toContain('- Failover criteria are not written down');
  expect(text).toContain(
    '| Write failover criteria for the Customer Portal | Take command and set the first objectives | Maya Okafor | 2027-01-31 | open |',
  );
  expect(text).toMatch(/\| Maya Okafor \| player \| Incident Commander \| [1-9]\d* \|/);
  expect(text).toMatch(/\| Rachel Adeyemi \| player \| Communications Lead \| [1-9]\d* \|/);
  const pdf = await facilitator.download('PDF');
  expect(pdf.content.subarray(0, 5).toString('latin1')).toBe('%PDF-');
});
