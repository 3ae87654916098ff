import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { expect, test } from '../support/fixtures.ts';
import { apiRequest } from '../support/nodeApi.ts';
import type { NodeProcess } from '../support/nodeProcess.ts';
import { wallOverflow } from '../support/wallLayout.ts';

const REAL_TITLE =
  'Card payments failing at checkout for every issuer in the EU region since the 4.12 gateway release';
const ORPHAN_TITLE = 'Alert: claims database disk 95% full';
const DRILL_TITLE = 'Cloud region outage takes down the Customer Portal';

async function command(node: NodeProcess, name: string, input: unknown, actor?: string) {
  const result = await apiRequest<{ result: { id: string; incident?: { id: string } } }>(
    node,
    'POST',
    `/commands/${name}`,
    { input },
    actor,
  );
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body.result;
}

/**
 * An exercise in play, then a real SEV1 (its policy starts paging; nobody answers) and a
 * real SEV2 raised by an integration with nobody in command.
 */
async function seedWarRoom(node: NodeProcess) {
  await command(
    node,
    'startExercise',
    { scenarioId: 'cloud-region-outage', commanderId: 'maya-okafor' },
    'yusuf-demir',
  );
  const real = await command(
    node,
    'declareIncident',
    {
      title: REAL_TITLE,
      severity: 'SEV1',
      type: 'availability',
      serviceIds: ['payments-gateway'],
    },
    'kevin-murphy',
  );
  for (const text of ['Issuer timeouts at 40%', 'Rolled back canary', 'Bridge open'])
    await command(node, 'addTimelineEntry', { incidentId: real.id, text }, 'kevin-murphy');
  // A monitoring tool declares with its own token: nobody commands it yet.
  const tool = await apiRequest<{ token: string }>(
    node,
    'POST',
    '/tokens',
    { purpose: 'integration', name: 'Monitoring', scopes: ['incidents:write'] },
    'yusuf-demir',
  );
  expect(tool.status, JSON.stringify(tool.body)).toBe(201);
  const orphan = await fetch(`${node.url}/api/v1/commands/declareIncident`, {
    method: 'POST',
    headers: { authorization: `Bearer ${tool.body.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ input: { title: ORPHAN_TITLE, severity: 'SEV2' } }),
  });
  expect(orphan.status, await orphan.clone().text()).toBe(200);
  return real.id;
}

const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
];

test('the wall fits 1366×768, 1920×1080 and 3840×2160 with nothing cut or off screen', async ({
  browser,
  startNode,
}, testInfo) => {
  test.setTimeout(240_000);
  const node = await startNode(['--demo']);
  await seedWarRoom(node);
  for (const viewport of SIZES) {
    const wall = await WallDisplayPage.open(browser, node.consoleUrl, { viewport });
    await expect(wall.rows()).toHaveCount(3);
    await expect(wall.page.getByTestId('wall-page-state').first()).toContainText(
      'PAGE NOT ACKNOWLEDGED',
    );
    await expect(wall.page.getByTestId('wall-activity-chart').locator('svg')).toBeVisible();
    const name = `wall-${viewport.width}x${viewport.height}`;
    const picture = await wall.page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
    await testInfo.attach(name, { body: picture, contentType: 'image/png' });
    expect(await wallOverflow(wall.page), name).toEqual([]);
    await wall.close();
  }
});

test('real incidents lead the wall and the console banner; the exercise is asked to stop', async ({
  browser,
  page,
  startNode,
}) => {
  test.setTimeout(180_000);
  const node = await startNode(['--demo']);
  const realId = await seedWarRoom(node);
  const wall = await WallDisplayPage.open(browser, node.consoleUrl);
  await expect(wall.rows()).toHaveCount(3);
  await expect(wall.rows().nth(0)).toContainText(REAL_TITLE);
  await expect(wall.rows().nth(1)).toContainText(ORPHAN_TITLE);
  await expect(wall.rows().nth(2)).toContainText(DRILL_TITLE);
  await expect(wall.rows().nth(2)).toHaveAttribute('data-exercise', 'true');
  await expect(wall.detail()).toHaveAttribute('data-incident-id', realId);
  // The loudest words on the wall.
  await expect(wall.rows().nth(1).getByTestId('wall-commander')).toHaveText(
    'CommanderNO INCIDENT COMMANDER',
  );
  await expect(wall.rows().nth(0).getByTestId('wall-page-state')).toHaveAttribute(
    'data-loud',
    'true',
  );
  await expect(wall.page.getByTestId('wall-real-world-stop')).toContainText(
    /REAL INCIDENT INC-\S+ — facilitator asked to pause/,
  );
  await expect(wall.page.getByTestId('wall-summary')).toHaveText('2 real incidents · 1 exercise');
  await wall.close();

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  const banner = page.getByTestId('active-incident-banner');
  await expect(banner).toContainText(REAL_TITLE);
  await expect(banner.getByTestId('active-banner-others')).toHaveText(
    '+2 more active (1 exercise)',
  );

  const realOnly = await apiRequest<{ title: string }[]>(
    node,
    'GET',
    '/incidents?status=active&exercises=exclude',
  );
  expect(realOnly.body.map((incident) => incident.title).sort()).toEqual(
    [ORPHAN_TITLE, REAL_TITLE].sort(),
  );
});
