import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { HandoffPage } from '../pageModels/handoffPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/**
 * "Add a line" puts the cursor in the new line: a sentence typed straight
 * after the click lands in it (it used to stay on the button, and typing a
 * space pressed it again and again, adding empty lines).
 */
test('adding a line to the brief focuses it, so typing goes into the line', async ({
  page,
  startNode,
}) => {
  test.setTimeout(120_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    { title: 'Claims portal returning errors', severity: 'SEV2', summary: 'Uploads fail with 502' },
    'kevin-murphy',
  );
  expect(declared.status).toBe(201);

  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  await openConsoleRoute(page, node.consoleUrl, `/incidents/${declared.body.id}`);
  await page.getByTestId('open-handoff').click();
  const handoff = new HandoffPage(page);
  await handoff.draft('Yusuf Demir');

  const risks = handoff.editor().getByRole('textbox', { name: /^Risks and watch items, line/ });
  const before = await risks.count();
  await handoff
    .editor()
    .getByRole('button', { name: 'Add a line to risks and watch items' })
    .click();
  await expect(risks).toHaveCount(before + 1);
  await expect(risks.last()).toBeFocused();
  await page.keyboard.type('Storage vendor ticket 4411 still open');
  await expect(risks.last()).toHaveValue('Storage vendor ticket 4411 still open');
  await expect(risks).toHaveCount(before + 1);
});
