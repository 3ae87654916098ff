import { readFileSync } from 'node:fs';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/**
 * A resolved SEV1 through its review in Chromium: the timeline drafted from
 * the incident, a classified factor, an action item, completion; then the
 * knowledge search finds it, and a public export says what it redacted.
 */
test('a resolved SEV1 is reviewed, found by search and exported redacted', async ({
  page,
  startNode,
}) => {
  test.setTimeout(180_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    { title: 'Claims portal returning errors', severity: 'SEV1', summary: 'Uploads fail with 502' },
    'kevin-murphy',
  );
  const incidentId = declared.body.id;
  await apiRequest(
    node,
    'POST',
    `/incidents/${incidentId}/timeline`,
    { text: 'Storage gateway at 10.4.0.12 out of file handles', starred: true },
    'kevin-murphy',
  );
  const resolved = await apiRequest(
    node,
    'POST',
    `/incidents/${incidentId}/status`,
    { status: 'resolved', resolutionSummary: 'Raised the gateway file-handle limit' },
    'kevin-murphy',
  );
  expect(resolved.status).toBe(200);

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  await openConsoleRoute(page, node.consoleUrl, '/reviews');
  const row = page.getByTestId('review-incident').filter({ hasText: 'Claims portal' });
  await row.getByRole('button', { name: 'Start review' }).click();
  await expect(page.getByTestId('review-editor')).toHaveAttribute('data-status', 'draft');
  const timeline = page.getByRole('region', { name: 'Timeline' });
  await expect(timeline).toContainText('out of file handles');

  const factors = page.getByRole('region', { name: 'Contributing factors' });
  await factors.getByLabel('Cause category').selectOption('capacity');
  await factors
    .getByLabel('Contributing factor', { exact: true })
    .fill('Gateway file-handle limit never sized');
  await factors.getByRole('button', { name: 'Add' }).click();
  await expect(factors).toContainText('capacity: Gateway file-handle limit never sized');

  const items = page.getByRole('region', { name: 'Action items' });
  await items.getByLabel('Action item', { exact: true }).fill('Alert on gateway file handles');
  await items.getByLabel('Owner').selectOption({ label: 'Kevin Murphy' });
  await items.getByLabel(/^Due/).fill('2030-01-15T09:00');
  await items.getByRole('button', { name: 'Add action item' }).click();
  await expect(items.getByTestId('action-item')).toContainText('Alert on gateway file handles');

  await page.getByRole('button', { name: 'Mark review complete' }).click();
  await expect(page.getByTestId('review-editor')).toHaveAttribute('data-status', 'complete');

  await page.getByLabel('Sensitivity of summary').selectOption('public');
  await page.getByRole('region', { name: 'Export' }).getByLabel('Audience').selectOption('public');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export Markdown' }).click();
  const file = await (await download).path();
  const markdown = readFileSync(file, 'utf8');
  expect(markdown).toContain('Raised the gateway file-handle limit');
  expect(markdown).toContain('- Section left out: Timeline (internal)');
  expect(markdown).toContain('Alert on gateway file handles — \\[redacted name\\]');
  expect(markdown).not.toMatch(/Kevin Murphy|10\.4\.0\.12/);
  await expect(page.getByTestId('export-redactions')).toContainText('section timeline left out');

  await openConsoleRoute(page, node.consoleUrl, '/reviews');
  await page.getByLabel('Search past incidents and reviews').fill('file handles');
  const hits = page.getByTestId('knowledge-hit');
  await expect(hits.first()).toContainText('Claims portal returning errors');
  await expect(hits.first().locator('mark').first()).toHaveText(/file/i);
});
