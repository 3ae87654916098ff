import { join } from 'node:path';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';
import { expect, test } from '../support/fixtures.ts';
import { apiRequest } from '../support/nodeApi.ts';
import type { NodeProcess } from '../support/nodeProcess.ts';

const screenshots = join(import.meta.dirname, '..', '..', 'docs', 'screenshots');
const COMMANDER = 'kevin-murphy';

async function command(node: NodeProcess, name: string, input: unknown, actor = COMMANDER) {
  const result = await apiRequest<{ result: { id: string } }>(
    node,
    'POST',
    `/commands/${name}`,
    { input },
    actor,
  );
  expect(result.status, JSON.stringify(result.body)).toBe(200);
  return result.body.result;
}

const declare = (node: NodeProcess, title: string, severity: string) =>
  command(node, 'declareIncident', {
    title,
    severity,
    type: 'availability',
    serviceIds: ['payments-gateway'],
  });

const resolve = (node: NodeProcess, incidentId: string) =>
  command(node, 'changeIncidentStatus', {
    incidentId,
    status: 'resolved',
    resolutionSummary: 'Rolled back the gateway release',
  });

/**
 * An incident resolves while the dashboard and the wall panel are open: the
 * numbers move without a reload, the dashboard is axe clean, and both are
 * photographed at a laptop's and a wall's size.
 */
test('the metrics dashboard and wall panel change when an incident resolves', async ({
  page,
  startNode,
}) => {
  test.setTimeout(360_000);
  const node = await startNode(['--demo']);
  const first = await declare(node, 'Card payments timing out', 'SEV1');
  await resolve(node, first.id);
  const second = await declare(node, 'Refunds delayed', 'SEV3');
  await command(
    node,
    'defineKpi',
    {
      objective: 'Card payments available 99.95 %',
      name: 'Payments time to resolve, p90',
      measure: 'mttr-p90',
      target: 60,
      serviceIds: ['payments-gateway'],
    },
    'yusuf-demir',
  );

  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  await openConsoleRoute(page, node.consoleUrl, '/metrics');
  const mttr = page.locator('.metrics-tile').filter({ hasText: 'MTTR' });
  await expect(mttr).toContainText('1 measured');
  await expect(page.getByTestId('trend-resolve')).toContainText('per month (UTC)');

  await resolve(node, second.id);
  await expect(mttr).toContainText('2 measured');
  await expect(page.getByRole('row', { name: /Payments time to resolve, p90/ })).toContainText(
    'met',
  );
  expect(await seriousViolations(page, 'metrics dashboard', test.info())).toEqual([]);
  await page.screenshot({ path: join(screenshots, 'metrics-dashboard.png') });

  await page.setViewportSize({ width: 3840, height: 2160 });
  await openConsoleRoute(page, node.consoleUrl, '/metrics/wall');
  const wall = page.getByTestId('metrics-wall');
  const incidents = wall.locator('.metrics-wall-number').filter({ hasText: 'Real incidents' });
  await expect(incidents.locator('.metrics-wall-value')).toHaveText('2');
  const third = await declare(node, 'Card payments timing out again', 'SEV2');
  await expect(incidents.locator('.metrics-wall-value')).toHaveText('3');
  await resolve(node, third.id);
  await expect(wall.getByText(/Payments time to resolve, p90/)).toBeVisible();
  expect(await seriousViolations(page, 'metrics wall panel', test.info())).toEqual([]);
  await page.screenshot({ path: join(screenshots, 'metrics-wall.png') });
});
