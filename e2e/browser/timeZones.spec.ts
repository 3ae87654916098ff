import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { expect, test } from '../support/fixtures.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

const TITLE = 'Claims portal returning errors';
// New York is on EST in winter and EDT in summer; the test must not depend on today's date.
const NEW_YORK = /E[SD]T/;

test.use({ timezoneId: 'America/New_York' });

test('in a New York browser every time carries its zone: UTC by default, New York when chosen', async ({
  page,
  browser,
  startNode,
}) => {
  test.setTimeout(180_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string; declaredAt: string }>(
    node,
    'POST',
    '/incidents',
    { title: TITLE, severity: 'SEV2' },
    'kevin-murphy',
  );
  expect(declared.status).toBe(201);
  const happened = new Date(Date.parse(declared.body.declaredAt) - 30 * 60_000).toISOString();
  const entry = await apiRequest(
    node,
    'POST',
    `/incidents/${declared.body.id}/timeline`,
    { text: 'First complaint reached the service desk', occurredAt: happened },
    'kevin-murphy',
  );
  expect(entry.status).toBe(201);

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  const console = new ConsolePage(page);
  await console.openIncident(TITLE);
  const times = console.timeline().locator('.timeline-time');
  await expect(times.first()).toHaveText(/^\d\d:\d\d UTC$/);
  await expect(page.getByTestId('timeline-backdated')).toHaveText(
    /^backdated · written \d{4}-\d\d-\d\d \d\d:\d\d UTC$/,
  );

  await openConsoleRoute(page, node.consoleUrl, '/');
  await page.getByRole('button', { name: /^My time \(E[SD]T\)$/ }).click();
  await expect(page.getByRole('heading', { name: NEW_YORK })).toBeVisible();
  await console.openIncident(TITLE);
  await expect(times.first()).toHaveText(/^\d\d:\d\d E[SD]T$/);
  await expect(page.getByTestId('timeline-backdated')).toHaveText(
    /^backdated · written \d{4}-\d\d-\d\d \d\d:\d\d E[SD]T$/,
  );

  const wall = await WallDisplayPage.open(browser, node.consoleUrl, {
    timezoneId: 'America/New_York',
  });
  await expect(wall.page.getByTestId('wall-clock-utc')).toHaveText(/^\d\d:\d\d:\d\d UTC$/);
  await expect(wall.page.getByTestId('wall-clock-local')).toHaveText(
    /^\d\d:\d\d:\d\d E[SD]T local$/,
  );
  await wall.close();
});
