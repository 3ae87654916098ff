import { readFile } from 'node:fs/promises';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { HandoffPage } from '../pageModels/handoffPage.ts';
import { IncidentCommandPage } from '../pageModels/incidentCommandPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/**
 * Two people, two browsers: Kevin (commanding) drafts, edits and submits the
 * brief; Yusuf, in his own browser, reads it, asks a question and
 * acknowledges; command passes to Yusuf, and both steps are on the timeline.
 */
test('the outgoing lead submits the brief, the incoming lead acknowledges, command passes', async ({
  page,
  browser,
  startNode,
}, testInfo) => {
  test.setTimeout(120_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string; reference: string }>(
    node,
    'POST',
    '/incidents',
    { title: 'Claims portal returning errors', severity: 'SEV2', summary: 'Uploads fail with 502' },
    'kevin-murphy',
  );
  expect(declared.status).toBe(201);
  const incidentId = declared.body.id;
  await apiRequest(
    node,
    'POST',
    `/incidents/${incidentId}/timeline`,
    { text: 'Restarted the upload workers' },
    'kevin-murphy',
  );

  // Kevin, the commander, drafts from the records, adds what only he knows, and submits.
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  await openConsoleRoute(page, node.consoleUrl, `/incidents/${incidentId}`);
  await page.getByTestId('open-handoff').click();
  const outgoing = new HandoffPage(page);
  await outgoing.draft('Yusuf Demir');
  await expect(outgoing.briefSection('Actions taken')).toContainText(
    'Restarted the upload workers',
  );
  await expect(outgoing.briefSection('Current organisation')).toContainText(
    'Incident Commander: Kevin Murphy',
  );
  await outgoing.addLine('Risks and watch items', 'Storage vendor ticket 4411 still open');
  await outgoing.writeNote('Vendor promised a fix by 22:00; chase them if not.');
  await outgoing.save();
  expect(await seriousViolations(page, 'handoff screen, editing the draft', testInfo)).toEqual([]);
  await expect(outgoing.briefSection('Risks and watch items')).toContainText(
    'Storage vendor ticket 4411 still open',
  );
  await outgoing.submit('Yusuf Demir');
  await expect(outgoing.historyItems().first()).toContainText('Submitted');
  await expect(page.getByText('Waiting for Yusuf Demir to acknowledge.')).toBeVisible();
  await expect(outgoing.editor()).toBeHidden();

  // Yusuf, in his own browser, reads the submitted brief and acknowledges with a question.
  const yusufContext = await browser.newContext();
  const yusufPage = await yusufContext.newPage();
  await yusufPage.goto(node.consoleUrl);
  await new ChoosePersonPage(yusufPage).choose('Yusuf Demir');
  const incoming = new HandoffPage(yusufPage);
  await incoming.open(node.consoleUrl, incidentId);
  await expect(incoming.briefSection('Note')).toContainText('Vendor promised a fix by 22:00');
  await expect(incoming.brief()).toContainText('Outgoing lead');
  await expect(yusufPage.getByRole('button', { name: 'Submit brief to Yusuf Demir' })).toHaveCount(
    0,
  );
  await expect(
    yusufPage.getByRole('button', { name: 'Acknowledge and take command' }),
  ).toBeVisible();
  expect(await seriousViolations(yusufPage, 'handoff screen, acknowledging', testInfo)).toEqual([]);

  // On paper only the brief prints: no header, no incident list, no buttons.
  await yusufPage.emulateMedia({ media: 'print' });
  await expect(yusufPage.locator('.app-header')).toBeHidden();
  await expect(
    yusufPage.getByRole('button', { name: 'Acknowledge and take command' }),
  ).toBeHidden();
  await expect(incoming.briefSection('Note')).toBeVisible();
  await yusufPage.emulateMedia({ media: 'screen' });

  const markdownDownload = yusufPage.waitForEvent('download');
  await yusufPage.getByRole('button', { name: 'Export Markdown' }).click();
  const markdown = await readFile((await (await markdownDownload).path()) ?? '', 'utf8');
  expect(markdown).toContain(`# Shift handoff — ${declared.body.reference} brief #1`);
  expect(markdown).toContain('Storage vendor ticket 4411 still open');

  const pdfDownload = yusufPage.waitForEvent('download');
  await yusufPage.getByRole('button', { name: 'Export PDF' }).click();
  const pdf = await readFile((await (await pdfDownload).path()) ?? '');
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

  await incoming.acknowledge('Who is the contact at the storage vendor?');
  await expect(incoming.historyItems().first()).toContainText('Acknowledged');
  await expect(incoming.brief()).toContainText('Who is the contact at the storage vendor?');

  // Command has passed; both steps are on the timeline Kevin sees.
  await openConsoleRoute(page, node.consoleUrl, `/incidents/${incidentId}`);
  const incident = new IncidentCommandPage(page);
  await expect(incident.roleHolder('Incident Commander')).toContainText('Yusuf Demir');
  await expect(
    incident.timeline().getByText(/brief #1 submitted by Kevin Murphy for Yusuf Demir/),
  ).toBeVisible();
  await expect(
    incident
      .timeline()
      .getByText(
        /brief #1 acknowledged by Yusuf Demir\. Command transferred: Kevin Murphy → Yusuf Demir/,
      ),
  ).toBeVisible();
  await yusufContext.close();
});
