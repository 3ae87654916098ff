import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

const title = 'Branch network down in Leeds';

/**
 * With the browser offline the header says Offline, and an entry written
 * then waits in a visible queue instead of failing; when the network is
 * back it is sent, under its own id, and appears on the timeline once.
 */
test('offline: the header says so, entries queue visibly and are sent once when back', async ({
  page,
  context,
  startNode,
}) => {
  test.setTimeout(120_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ result: { id: string } }>(
    node,
    'POST',
    '/commands/declareIncident',
    { input: { title, severity: 'SEV3', type: 'availability' } },
    'kevin-murphy',
  );
  expect(declared.status).toBe(200);
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  const console = new ConsolePage(page);
  await console.openIncident(title);
  const status = page.getByTestId('connection-status');
  await expect(status).toContainText('Live');

  await context.setOffline(true);
  await expect(status).toContainText('Offline');
  await console.addTimelineEntry('Engineer on site at the Leeds branch');
  const outbox = page.getByTestId('outbox');
  await expect(outbox).toContainText('Not sent yet (1)');
  await expect(outbox).toContainText('Engineer on site at the Leeds branch');
  await expect(page.getByLabel('Timeline entry', { exact: true })).toHaveValue('');
  await expect(page.getByTestId('toast')).toHaveCount(0);

  await context.setOffline(false);
  await expect(outbox).toBeHidden({ timeout: 20_000 });
  await expect(status).not.toContainText('Offline');
  const entries = console.timeline().getByText('Engineer on site at the Leeds branch');
  await expect(entries).toHaveCount(1);

  // The node holds it exactly once, whatever the retries did.
  const timeline = await apiRequest<{ text: string }[]>(
    node,
    'GET',
    `/incidents/${declared.body.result.id}/timeline`,
  );
  expect(
    timeline.body.filter((e) => e.text === 'Engineer on site at the Leeds branch'),
  ).toHaveLength(1);
});
