import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { expect, test } from '../support/fixtures.ts';

/** datetime-local value for a moment `minutes` from now, in the browser's zone. */
function localInput(minutes: number): string {
  const at = new Date(Date.now() + minutes * 60_000);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${pad(at.getHours())}:${pad(at.getMinutes())}`;
}

test('cover a rotation from the on-call screen, see it take over, then remove it', async ({
  page,
  startNode,
}, testInfo) => {
  const node = await startNode(['--demo']);
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Yusuf Demir');
  await page.getByRole('link', { name: 'On call' }).click();
  await expect(page.getByRole('heading', { name: 'On call', level: 1 })).toBeVisible();

  const facilities = page.getByRole('region', { name: 'Network & Facilities on-call (weekly)' });
  await expect(facilities.getByRole('list', { name: /Layers of/ })).toContainText(
    'Weekend facilities cover',
  );
  await expect(facilities).toContainText('only Sat, Sun all day (rotation time)');
  expect(await seriousViolations(page, 'on-call screen', testInfo)).toEqual([]);

  const duty = page.getByRole('region', { name: 'Duty Major Incident Manager (weekly)' });
  const onCallNow = duty.locator('.on-call-now');
  const regular = (await onCallNow.textContent()) ?? '';
  // The rotation is weekly: cover with someone who is not on call this week.
  const cover = regular.includes('Jordan Taylor') ? 'Kevin Murphy' : 'Jordan Taylor';
  expect(regular).not.toContain(cover);

  // A cover that ends before it starts is refused and nothing is stored.
  await duty.getByRole('button', { name: 'Add cover' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('Person', { exact: true }).selectOption({ label: cover });
  await dialog.getByLabel('Starts', { exact: true }).fill(localInput(-5));
  await dialog.getByLabel('Ends', { exact: true }).fill(localInput(-10));
  await dialog.getByRole('button', { name: 'Add cover' }).click();
  await expect(dialog.getByLabel('Ends', { exact: true })).toHaveAttribute('aria-invalid', 'true');
  await expect(dialog.getByRole('alert')).toContainText('The cover must end after it starts');

  await dialog.getByLabel('Ends', { exact: true }).fill(localInput(120));
  await dialog.getByLabel('Reason', { exact: true }).fill('Swap of shifts');
  await dialog.getByRole('button', { name: 'Add cover' }).click();
  await expect(dialog).toBeHidden();
  await expect(onCallNow).toContainText(cover);
  await expect(onCallNow).toContainText('covering');
  await expect(duty.getByRole('list', { name: /Covers of/ })).toContainText('Swap of shifts');
  await test.info().attach('on-call', { body: await page.screenshot(), contentType: 'image/png' });

  await duty.getByRole('button', { name: new RegExp(`^Remove cover by ${cover}`) }).click();
  await expect(duty).toContainText('No covers planned.');
  await expect(onCallNow).toHaveText(regular);
});
