import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { expect, test } from '../support/fixtures.ts';

const BACKSTAGE = `kind: Group
metadata: { name: ledger-team }
---
kind: Group
metadata: { name: storage-team }
---
kind: Resource
metadata:
  name: ledger-store
  annotations:
    lantern.dev/tier: "1"
    lantern.dev/raci.respond.accountable: storage-team
    lantern.dev/raci.respond.consulted: ledger-team
spec: { owner: group:default/ledger-team }
`;

test('import a Backstage catalogue, preview and apply it, then see the conflict another source creates settled by the matrix', async ({
  page,
  startNode,
}) => {
  const node = await startNode(['--demo']);
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Yusuf Demir');
  await page.getByRole('link', { name: 'Catalogue' }).click();
  await expect(page.getByRole('heading', { name: 'Service catalogue', level: 1 })).toBeVisible();

  const form = page.getByRole('form', { name: 'Import a service catalogue' });
  await form.getByLabel('Format').selectOption('backstage');
  await form.getByLabel('Catalogue file').fill(BACKSTAGE);
  await form.getByRole('button', { name: 'Preview changes' }).click();
  const changes = page.getByRole('table', { name: 'Changes in this import' });
  await expect(changes).toContainText('ledger-store');
  await expect(page.getByText('No catalogued services')).toBeVisible();
  await page.getByRole('button', { name: 'Apply 3 accepted change(s)' }).click();
  const catalogue = page.getByRole('table', { name: 'Service catalogue' });
  await expect(catalogue).toContainText('ledger-store');

  await form.getByLabel('Format').selectOption('servicenow');
  await form
    .getByLabel('Catalogue file')
    .fill('name,support_group,busines_criticality\nledger-store,storage-team,1 - most critical\n');
  await form.getByRole('button', { name: 'Preview changes' }).click();
  await expect(page.getByRole('table', { name: 'Changes in this import' })).toContainText(
    'ledger-team → storage-team',
  );
  await page.getByRole('button', { name: 'Apply 1 accepted change(s)' }).click();
  const conflict = page.getByRole('note', { name: 'Ownership conflict on ledger-store' });
  await expect(conflict).toContainText('ledger-team (backstage) vs storage-team (servicenow)');
  await expect(conflict).toContainText('storage-team is accountable for responding');
  await test
    .info()
    .attach('catalogue', { body: await page.screenshot(), contentType: 'image/png' });
});
