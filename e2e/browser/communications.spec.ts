import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  loopbackChannels,
  startSmtpCapture,
  startTwilioCompatibleSms,
} from '../../electron/core/communications/channelServers.testHelpers.ts';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { CommunicationsPage } from '../pageModels/communicationsPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

/**
 * A SEV1 at Northwind Mutual. Kevin Murphy is Communications Lead. He
 * sends the executives their update (email and SMS, to real servers on
 * loopback), then drafts a public statement that Catherine Moreau (Legal)
 * and Rachel Adeyemi (PR) approve in turn before it is published to the
 * status page folder.
 */
test('SEV1: executive update sent; public statement approved by Legal and PR, then published to the status page', async ({
  browser,
  startNode,
}, testInfo) => {
  test.setTimeout(180_000);
  const smtp = await startSmtpCapture();
  const sms = await startTwilioCompatibleSms();
  try {
    const dataDir = testInfo.outputPath('data');
    const statusFolder = testInfo.outputPath('status-page');
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(
      join(dataDir, 'communications.json'),
      JSON.stringify({
        ...loopbackChannels(smtp, sms),
        statusPage: { folder: statusFolder, title: 'Northwind Mutual service status' },
      }),
    );
    const node = await startNode(['--demo']);
    const declared = await apiRequest<{ id: string; reference: string }>(
      node,
      'POST',
      '/incidents',
      {
        title: 'Claims portal unavailable',
        severity: 'SEV1',
        type: 'availability',
        serviceIds: ['claims-intake'],
        summary:
          'Policyholders cannot log in to submit claims since 09:40 UTC; the release is being rolled back.',
      },
      'yusuf-demir',
    );
    expect(declared.status).toBe(201);
    const incidentId = declared.body.id;
    const assigned = await apiRequest(
      node,
      'POST',
      `/incidents/${incidentId}/roles`,
      { role: 'communications-lead', personId: 'kevin-murphy' },
      'yusuf-demir',
    );
    expect(assigned.status).toBe(200);

    const as = async (name: string) => {
      const page = await (
        await browser.newContext({ viewport: { width: 1600, height: 1000 } })
      ).newPage();
      await page.goto(node.consoleUrl);
      await new ChoosePersonPage(page).choose(name);
      const comms = new CommunicationsPage(page);
      await comms.open(node.consoleUrl, incidentId);
      return comms;
    };

    // The executive update: template filled from the incident, previewed, sent without approval.
    const kevin = await as('Kevin Murphy');
    await expect(kevin.page.getByTestId('cadence').first()).toContainText('every 30 min');
    await kevin.draft('Executives');
    await expect(kevin.preview()).toContainText(
      `[SEV1 Critical] ${declared.body.reference} Claims portal unavailable`,
    );
    await expect(kevin.preview()).toContainText('Policyholders cannot log in');
    await expect(kevin.preview()).toContainText(
      'Executive incident list (Email), Duty executive (SMS)',
    );
    await kevin.saveDraft();
    const executive = kevin.message(/executive update/);
    await expect(executive.getByTestId('comms-stage')).toHaveText('Draft');
    await executive.getByRole('button', { name: 'Send now' }).click();
    await expect(executive.getByTestId('comms-stage')).toHaveText('Sent');
    await expect(kevin.deliveries(executive).filter({ hasText: 'Delivered' })).toHaveCount(2);
    expect(smtp.mails.map((m) => m.to)).toEqual([['exec-incidents@northwind-mutual.example']]);
    expect(sms.messages.map((m) => m.to)).toEqual(['+447700900199']);

    // The public statement needs Legal and PR, in that order.
    await kevin.draft('Customers and the public (external — Legal & PR approve)');
    await kevin.saveDraft();
    const statement = kevin.message('Service disruption: Claims Intake');
    await expect(statement.getByTestId('comms-stage')).toHaveText('Draft — approval not requested');
    await expect(statement.getByRole('button', { name: 'Send now' })).toHaveCount(0);
    await statement.getByRole('button', { name: 'Request approval' }).click();
    await expect(statement.getByTestId('comms-stage')).toHaveText('In review');
    // Kevin is not Legal or PR: no review controls for him.
    await expect(statement.getByRole('button', { name: 'Approve' })).toHaveCount(0);

    const legal = await as('Catherine Moreau');
    const forLegal = legal.message('Service disruption: Claims Intake');
    await expect(forLegal.getByRole('button', { name: 'Approve' })).toBeVisible();
    expect(await seriousViolations(legal.page, 'communications review', testInfo)).toEqual([]);
    await forLegal.getByLabel('Comment').fill('Accurate and no admission of liability. Approved.');
    await forLegal.getByRole('button', { name: 'Approve' }).click();
    await expect(forLegal.getByTestId('review-comment')).toContainText(
      'Accurate and no admission of liability',
    );
    await expect(forLegal.getByTestId('approval-step').first()).toContainText(
      'Legal approved — Catherine Moreau',
    );

    const pr = await as('Rachel Adeyemi');
    const forPr = pr.message('Service disruption: Claims Intake');
    await forPr.getByLabel('Review as').selectOption({ label: 'PR' });
    await forPr.getByRole('button', { name: 'Approve' }).click();
    await expect(forPr.getByTestId('comms-stage')).toHaveText('Approved — ready to send');

    // Kevin publishes exactly what was approved.
    await expect(statement.getByTestId('comms-stage')).toHaveText('Approved — ready to send');
    await statement.getByRole('button', { name: 'Send now' }).click();
    await expect(statement.getByTestId('delivery')).toHaveAttribute('data-state', 'delivered');
    const html = readFileSync(join(statusFolder, 'index.html'), 'utf8');
    expect(html).toContain('Service disruption: Claims Intake');
    expect(html).not.toContain('rolled back');
    expect(existsSync(join(statusFolder, 'feed.atom'))).toBe(true);
    await expect(kevin.page.getByTestId('comms-log')).toContainText(
      'Catherine Moreau (Legal) approved',
    );

    // The timeline of the incident carries every step.
    const timeline = await apiRequest<{ text: string }[]>(
      node,
      'GET',
      `/incidents/${incidentId}/timeline`,
    );
    const texts = timeline.body.map((e) => e.text).join('\n');
    expect(texts).toContain('Communications: Rachel Adeyemi (PR) approved');
    expect(texts).toContain('Communications: Kevin Murphy sent Customers and the public update');
    await kevin.page.screenshot({
      path: testInfo.outputPath('communications.png'),
      fullPage: true,
    });
    expect(await seriousViolations(kevin.page, 'communications', testInfo)).toEqual([]);
  } finally {
    await smtp.close();
    await sms.close();
  }
});
