import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { IncidentCommandPage } from '../pageModels/incidentCommandPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

const title = 'Claims portal down: document vendor outage in the EU';

/**
 * The commander's keyboard path through an incident's life: the palette and
 * its shortcuts open the reclassify, stop-paging, status and sub-incident
 * dialogs; the
 * node refuses to resolve a parent whose sub-incident is still open.
 */
test('reclassify, change status and run a sub-incident from the keyboard', async ({
  page,
  startNode,
}) => {
  const node = await startNode(['--demo']);
  const declared = await apiRequest(
    node,
    'POST',
    '/commands/declareIncident',
    { input: { title, severity: 'SEV3', type: 'vendor-outage' } },
    'kevin-murphy',
  );
  expect(declared.status).toBe(200);

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  const console = new ConsolePage(page);
  await console.openIncident(title);
  const incident = new IncidentCommandPage(page);

  // Reclassify through the palette: Mod+K, type, Enter.
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('combobox', { name: 'Search actions' }).fill('reclassify');
  await page.keyboard.press('Enter');
  await incident.dialog().getByLabel('Severity', { exact: true }).selectOption('SEV2');
  await incident
    .dialog()
    .getByLabel('Reason', { exact: true })
    .fill('Every EU customer is affected, not a subset');
  await incident.dialog().getByRole('button', { name: 'Reclassify' }).click();
  await expect(incident.dialog()).toBeHidden();
  await expect(incident.section('Status')).toContainText('SEV2');
  await expect(
    incident.timeline().getByText(/Severity raised: SEV3 \(Moderate\) → SEV2/),
  ).toBeVisible();

  // A reason is required: the node's refusal shows on the field and nothing changes.
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('combobox', { name: 'Search actions' }).fill('reclassify');
  await page.keyboard.press('Enter');
  await incident.dialog().getByLabel('Severity', { exact: true }).selectOption('SEV4');
  await incident.dialog().getByLabel('Reason', { exact: true }).fill('   ');
  await incident.dialog().getByRole('button', { name: 'Reclassify' }).click();
  await expect(incident.dialog()).toBeVisible();
  await incident.cancelDialog();
  await expect(incident.section('Status')).toContainText('SEV2');

  // The catch-all policy is paging the duty manager; Kevin is already on it and calls paging off.
  await expect(incident.section('Escalation')).toContainText('Level 1 of');
  await page.keyboard.press('ControlOrMeta+k');
  await page.getByRole('combobox', { name: 'Search actions' }).fill('stop paging');
  await page.keyboard.press('Enter');
  await incident
    .dialog()
    .getByLabel('Reason', { exact: true })
    .fill('The duty manager is already on the bridge');
  await incident.dialog().getByRole('button', { name: 'Stop paging' }).click();
  await expect(incident.dialog()).toBeHidden();
  await expect(incident.section('Escalation')).toContainText('Stopped');
  await expect(
    incident.timeline().getByText(/Paging stopped by Kevin Murphy: The duty manager/),
  ).toBeVisible();

  // Mod+Shift+S opens the status dialog straight away.
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await incident.dialog().getByLabel('New status', { exact: true }).selectOption('investigating');
  await incident.dialog().getByRole('button', { name: 'Change status' }).click();
  await expect(incident.dialog()).toBeHidden();
  await expect(incident.section('Status')).toContainText(/investigating/i);

  // A sub-incident for the EU region, led by Oliver Hughes. Decentralized
  // command needs an Area Commander over it first: the node says so.
  const subIncidents = incident.section('Sub-incidents');
  async function declareSubIncident() {
    await subIncidents.getByRole('button', { name: 'Declare sub-incident' }).click();
    const dialog = incident.dialog();
    await dialog.getByLabel('Title', { exact: true }).fill('EU claims API pods crash-looping');
    await dialog.getByLabel('Area', { exact: true }).fill('EU region');
    await dialog.getByLabel('Lead', { exact: true }).selectOption({ label: 'Oliver Hughes' });
    await dialog.getByRole('button', { name: 'Declare sub-incident' }).click();
  }
  await declareSubIncident();
  await expect(incident.refusal()).toContainText('need an Area Commander');
  await incident.cancelDialog();
  await expect(subIncidents).toContainText('Sub-incidents 0');

  await incident.assignRole('Area Commander', 'Yusuf Demir');
  await declareSubIncident();
  await expect(incident.dialog()).toBeHidden();
  await expect(subIncidents).toContainText('EU claims API pods crash-looping');
  await expect(subIncidents).toContainText('EU region');

  // The parent cannot be resolved while the sub-incident is open.
  await page.keyboard.press('ControlOrMeta+Shift+S');
  await incident.dialog().getByLabel('New status', { exact: true }).selectOption('resolved');
  await incident.dialog().getByRole('button', { name: 'Resolve incident' }).click();
  await expect(incident.refusal()).toContainText('sub-incidents are open');
  await incident.cancelDialog();
  await expect(incident.section('Status')).toContainText(/investigating/i);
});
