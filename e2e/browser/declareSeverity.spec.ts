import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { DeclareDialog } from '../pageModels/declareDialog.ts';
import { expect, test } from '../support/fixtures.ts';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * The declare dialog on a laptop: the severity follows the recommendation
 * until the person picks one, each reason shows once, the incident type is
 * asked once, and the whole dialog (its buttons included) fits 768 px.
 */
test('severity follows the recommendation until changed; the dialog fits 1366×768', async ({
  page,
  startNode,
}) => {
  const node = await startNode(['--demo']);
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');

  const declare = new DeclareDialog(page);
  await declare.open();
  const severity = declare.dialog.getByLabel('Severity', { exact: true });
  await declare.fillTitle('Card payments failing at checkout');
  await declare.answer({ customersAffected: 'All', yes: ['revenueImpact'], serviceTier: 1 });
  await expect(declare.recommendation()).toContainText('SEV1');
  await expect(severity).toHaveValue('SEV1');
  await expect(declare.recommendation()).toContainText('Severity follows the recommendation');

  const reasons = await declare.recommendation().getByRole('listitem').allTextContents();
  expect(new Set(reasons).size).toBe(reasons.length);
  expect(reasons.filter((r) => r.includes('customers are affected'))).toEqual([
    'All customers are affected',
  ]);
  await expect(declare.dialog.getByLabel('Type', { exact: true })).toHaveCount(0);
  await expect(declare.dialog.getByLabel('What kind of incident is it?')).toHaveCount(1);

  const box = await declare.dialog.boundingBox();
  expect(box).not.toBeNull();
  expect((box?.y ?? 0) + (box?.height ?? 0)).toBeLessThanOrEqual(768);
  await expect(declare.dialog.getByRole('button', { name: 'Declare incident' })).toBeInViewport();

  // The person's own choice stays while the answers change, until they follow again.
  await severity.selectOption('SEV2');
  await declare.answer({ yes: ['safetyImpact'] });
  await expect(severity).toHaveValue('SEV2');
  await declare
    .recommendation()
    .getByRole('button', { name: /^Use SEV1/ })
    .click();
  await expect(severity).toHaveValue('SEV1');

  await declare.submit();
  await expect(
    page.getByRole('heading', { name: 'Card payments failing at checkout' }),
  ).toBeVisible();
  await expect(page.getByRole('region', { name: 'Status' })).toContainText('SEV1');
});
