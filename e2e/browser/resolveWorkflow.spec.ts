import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { IncidentCommandPage } from '../pageModels/incidentCommandPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

const title = 'Checkout payments timing out';

/**
 * Resolving is a workflow: the dialog lists what is still open (playbook
 * steps, paging, updates), offers the final update to each audience, and
 * refuses in plain words without a resolution summary. Once resolved the
 * elapsed clock stops and the response times show.
 */
test('resolve shows what is open, needs a summary, drafts final updates and stops the clock', async ({
  page,
  startNode,
}) => {
  test.setTimeout(120_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/commands/declareIncident',
    {
      input: {
        title,
        severity: 'SEV1',
        type: 'availability',
        serviceIds: ['payments-gateway'],
      },
    },
    'kevin-murphy',
  );
  expect(declared.status).toBe(200);

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  await new ConsolePage(page).openIncident(title);
  const incident = new IncidentCommandPage(page);
  await expect(page.getByTestId('time-to-resolve')).toHaveText('not yet');

  await incident.section('Status').getByRole('button', { name: 'Resolve', exact: true }).click();
  const dialog = incident.dialog();
  await expect(dialog.getByRole('heading', { name: /^Resolve / })).toBeVisible();
  const checks = dialog.getByTestId('resolve-checks');
  await expect(checks).toContainText('Playbook steps still open');
  await expect(checks).toContainText('Pages not acknowledged');

  // No summary: the node refuses in plain words and nothing changes.
  await dialog.getByRole('button', { name: 'Resolve incident' }).click();
  await expect(incident.refusal()).toContainText('Write a resolution summary before resolving');
  await expect(incident.refusal()).not.toContainText('resolutionSummary');

  // The final update to one audience is drafted from its template.
  const draft = dialog.getByRole('button', { name: /^Draft the final update to / }).first();
  await draft.click();
  await expect(dialog.getByRole('link', { name: 'Drafted: review and send' })).toBeVisible();

  await dialog
    .getByLabel('Resolution summary', { exact: true })
    .fill('Rolled back gateway release 4.12; timeouts stopped at once');
  await dialog.getByRole('button', { name: 'Resolve incident' }).click();
  await expect(dialog).toBeHidden();
  await expect(incident.section('Status')).toContainText(/resolved/i);
  await expect(page.getByTestId('resolution-summary')).toContainText('Rolled back gateway');
  await expect(page.getByTestId('time-to-resolve')).not.toHaveText('not yet');

  // The clock has stopped: it reads the same a moment later.
  const elapsed = page.getByTestId('incident-elapsed');
  await expect(elapsed).toHaveAttribute('data-stopped', 'true');
  const stoppedAt = await elapsed.textContent();
  await page.waitForTimeout(1_500);
  await expect(elapsed).toHaveText(stoppedAt ?? '');
  await expect(
    incident.section('Status').getByRole('button', { name: 'Resolve', exact: true }),
  ).toBeHidden();
});
