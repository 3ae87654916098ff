import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { DeclareDialog } from '../pageModels/declareDialog.ts';
import { IncidentCommandPage } from '../pageModels/incidentCommandPage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

/**
 * Level 1 (the payments on-call rotation) waits one minute, the shortest a
 * policy allows; level 2 pages Oliver Hughes. The node's own scheduler takes
 * the step on its real clock, so this test waits that minute (and does the
 * rest of the story meanwhile) instead of moving anything by hand.
 */
const shortPaymentsPolicy = {
  id: 'e2e-payments-short',
  name: 'E2E payments policy (1 min to acknowledge)',
  serviceIds: ['payments-gateway'],
  severities: ['SEV1'],
  levels: [
    { targets: [{ kind: 'rotation', rotationId: 'payments-primary' }], ackTimeoutMinutes: 1 },
    { targets: [{ kind: 'person', personId: 'oliver-hughes' }], ackTimeoutMinutes: 60 },
  ],
};

const emergencyChange = {
  decision: 'authorise-emergency-change',
  summary: 'Roll back payments gateway release 4.12',
  rationale: 'Failures began with the release; rollback is rehearsed and takes five minutes',
};

test('declare through the thresholds, page to level 2, acknowledge, decide on a fallback — and the wall shows it', async ({
  page,
  browser,
  startNode,
}) => {
  test.setTimeout(240_000);
  const node = await startNode(['--demo']);
  // The workspace's administrator adopts the short policy (the node token no longer acts).
  const adopted = await apiRequest(
    node,
    'POST',
    '/commands/adoptFramework',
    {
      input: {
        kind: 'escalationPolicy',
        name: shortPaymentsPolicy.name,
        definition: shortPaymentsPolicy,
      },
    },
    'yusuf-demir',
  );
  expect(adopted.status).toBe(200);

  await page.goto(node.consoleUrl);
  const people = new ChoosePersonPage(page);
  await people.choose('Kevin Murphy');

  const declare = new DeclareDialog(page);
  await declare.open();
  await declare.fillTitle('Card payments failing at checkout');
  await declare.answer({
    customersAffected: 'All',
    yes: ['revenueImpact'],
    serviceTier: 1,
    incidentType: 'availability',
  });
  await expect(declare.recommendation()).toContainText('Declare an incident');
  await expect(declare.recommendation()).toContainText('SEV1');
  await declare.useRecommendedSeverity();
  await declare.chooseServices(['Payments Gateway']);
  await declare.submit();

  const incident = new IncidentCommandPage(page);
  await expect(
    page.getByRole('heading', { name: 'Card payments failing at checkout' }),
  ).toBeVisible();
  await expect(incident.section('Playbook')).toContainText('Major service outage');
  await expect(incident.roleHolder('Incident Commander')).toContainText('Kevin Murphy');
  await expect(incident.section('Escalation')).toContainText(shortPaymentsPolicy.name);
  await expect(incident.section('Escalation')).toContainText('Level 1 of 2');

  const wall = await WallDisplayPage.open(browser, node.consoleUrl);
  await expect(wall.text('Card payments failing at checkout')).toBeVisible();

  // Kevin names a deputy and hands command to the Major Incident Manager.
  await incident.assignRole('Deputy Incident Commander', 'Oliver Hughes');
  await incident.transferCommand('Yusuf Demir', 'Yusuf runs the bridge from here');
  await expect(incident.roleHolder('Incident Commander')).toContainText('Yusuf Demir');
  await expect(incident.roleHolder('Deputy Incident Commander')).toContainText('Oliver Hughes');
  await expect(wall.text(/Command transferred: Kevin Murphy → Yusuf Demir/)).toBeVisible({
    timeout: 30_000,
  });

  // Kevin no longer holds any role: the node refuses and the dialog says who may decide.
  await incident.recordDecision(emergencyChange);
  await expect(incident.refusal()).toContainText('Refused');
  await expect(incident.refusal()).toContainText('Yusuf Demir');
  await incident.cancelDialog();

  // The wall's detail area shows who holds which role and who is paged, without waiting for a panel.
  const rotation = { timeout: 30_000 };
  await expect(wall.roleHolder('Incident Commander')).toContainText('Yusuf Demir', rotation);
  await expect(wall.roleHolder('Deputy Incident Commander')).toContainText('Oliver Hughes');
  await expect(wall.escalation()).toContainText(/[12] of 2/, rotation);

  // Nobody on the payments rotation acknowledges: the scheduler pages level 2.
  await expect(incident.section('Escalation')).toContainText('Level 2 of 2', { timeout: 100_000 });
  await expect(incident.section('Escalation')).toContainText('Oliver Hughes');
  await expect(incident.timeline().getByText(/escalated to level 2 of 2/)).toBeVisible();

  // Oliver, paged at level 2, takes the keyboard and acknowledges.
  await incident.signOut();
  await people.choose('Oliver Hughes');
  await expect(incident.acknowledgeButton()).toBeEnabled();
  await incident.acknowledgeButton().click();
  await expect(incident.section('Escalation')).toContainText('by Oliver Hughes');
  await expect(incident.timeline().getByText(/Acknowledged by Oliver Hughes/)).toBeVisible();

  // The deputy may not decide while the commander is available…
  await incident.recordDecision(emergencyChange);
  await expect(incident.refusal()).toContainText('Yusuf Demir');
  await incident.cancelDialog();

  // …Yusuf steps away (he sets it himself), and the deputy decides as the fallback.
  await incident.signOut();
  await people.choose('Yusuf Demir');
  await incident.setAvailability('Away');
  await incident.signOut();
  await people.choose('Oliver Hughes');
  await expect(incident.roleHolder('Incident Commander')).toContainText('Away');
  await incident.recordDecision(emergencyChange);
  await expect(incident.dialog()).toBeHidden();
  const decision = incident
    .section('Decisions')
    .getByRole('listitem')
    .filter({ hasText: emergencyChange.summary });
  await expect(decision).toContainText('Fallback');
  await expect(decision).toContainText('Oliver Hughes');
  await expect(
    incident.timeline().getByText(new RegExp(`Decision \\(.*\\): ${emergencyChange.summary}`)),
  ).toBeVisible();

  // The war-room wall: the decision and the acknowledgement on its timeline.
  await expect(wall.text(emergencyChange.summary)).toBeVisible({ timeout: 30_000 });
  await expect(wall.text(/Acknowledged by Oliver Hughes/)).toBeVisible({ timeout: 30_000 });
  await test.info().attach('console', { body: await page.screenshot(), contentType: 'image/png' });
  await test
    .info()
    .attach('wall display', { body: await wall.page.screenshot(), contentType: 'image/png' });
  await wall.close();
});
