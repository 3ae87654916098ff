import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { DeclareDialog } from '../pageModels/declareDialog.ts';
import { IncidentCommandPage, type CommandSection } from '../pageModels/incidentCommandPage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { apiRequest } from '../support/nodeApi.ts';
import type { NodeProcess } from '../support/nodeProcess.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

const TITLE = 'Card payments failing at checkout';

/** A SEV1 payments incident with a playbook, a paging escalation, a deputy and a decision. */
async function declareBusyIncident(node: NodeProcess): Promise<string> {
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    {
      title: TITLE,
      severity: 'SEV1',
      type: 'availability',
      serviceIds: ['payments-gateway'],
      summary: 'Issuer timeouts on 40% of card payments',
    },
    'kevin-murphy',
  );
  expect(declared.status).toBe(201);
  const id = declared.body.id;
  const deputy = await apiRequest(
    node,
    'POST',
    `/incidents/${id}/roles`,
    { role: 'deputy-incident-commander', personId: 'oliver-hughes' },
    'kevin-murphy',
  );
  expect(deputy.status).toBe(200);
  const decision = await apiRequest(
    node,
    'POST',
    `/incidents/${id}/decisions`,
    {
      decision: 'authorise-emergency-change',
      summary: 'Roll back payments gateway release 4.12',
      rationale: 'Failures began with the release',
    },
    'kevin-murphy',
  );
  expect(decision.status).toBe(201);
  return id;
}

test('the first-run screen has no serious or critical accessibility violations', async ({
  page,
  lanternNode,
}, testInfo) => {
  await page.goto(lanternNode.consoleUrl);
  await expect(page.getByRole('button', { name: 'Create workspace' })).toBeVisible();
  expect(await seriousViolations(page, 'first-run screen', testInfo)).toEqual([]);
});

test('choosing a person, the console with an incident open and the declare dialog have no serious or critical violations', async ({
  page,
  startNode,
}, testInfo) => {
  const node = await startNode(['--demo']);
  const incidentId = await declareBusyIncident(node);
  await page.goto(node.consoleUrl);
  const people = new ChoosePersonPage(page);
  await expect(people.heading()).toBeVisible();
  await expect(page.getByRole('button', { name: /^Kevin Murphy/ })).toBeVisible();
  const violations = await seriousViolations(page, 'choose-person screen', testInfo);
  await people.choose('Kevin Murphy');

  await openConsoleRoute(page, node.consoleUrl, `/incidents/${incidentId}`);
  const incident = new IncidentCommandPage(page);
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  const sections: CommandSection[] = [
    'Status',
    'Roles',
    'Playbook',
    'Decisions',
    'Escalation',
    'Sub-incidents',
  ];
  for (const section of sections) await expect(incident.section(section)).toBeVisible();
  await expect(incident.section('Escalation')).toContainText('Level 1');
  await expect(incident.section('Decisions')).toContainText('Roll back payments gateway');
  await expect(incident.timeline().getByRole('listitem').first()).toBeVisible();
  violations.push(...(await seriousViolations(page, 'console with an incident open', testInfo)));

  const declare = new DeclareDialog(page);
  await declare.open();
  await declare.answer({ customersAffected: 'Many', yes: ['revenueImpact'], serviceTier: 1 });
  await expect(declare.recommendation()).toContainText('Declare an incident');
  violations.push(...(await seriousViolations(page, 'declare dialog', testInfo)));
  expect(violations).toEqual([]);
});

test('the wall display, with each incident in detail, has no serious or critical accessibility violations', async ({
  browser,
  startNode,
}, testInfo) => {
  const node = await startNode(['--demo']);
  await declareBusyIncident(node);
  const drill = await apiRequest(
    node,
    'POST',
    '/incidents',
    { title: 'Tabletop: data centre flood', severity: 'SEV2', exercise: true },
    'kevin-murphy',
  );
  expect(drill.status).toBe(201);
  // The detail area cycles every 20 s; the test moves the browser's clock instead of waiting.
  const wall = await WallDisplayPage.open(browser, node.consoleUrl, { controlledClock: true });
  await expect(wall.rows()).toHaveCount(2);
  const violations: string[] = [];
  for (const title of [TITLE, 'Tabletop: data centre flood']) {
    await expect(wall.detail().getByRole('heading', { level: 2 })).toHaveText(title);
    violations.push(...(await seriousViolations(wall.page, `wall display: ${title}`, testInfo)));
    await wall.nextIncident();
  }
  await wall.close();
  expect(violations).toEqual([]);
});
