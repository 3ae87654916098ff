import { ConsolePage } from '../pageModels/consolePage.ts';
import { FirstRunPage } from '../pageModels/firstRunPage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';

test('a workspace, an incident on the wall display, an API timeline entry, and all of it survives SIGKILL', async ({
  page,
  browser,
  startNode,
}) => {
  const node = await startNode();
  await page.goto(node.consoleUrl);
  await new FirstRunPage(page).createWorkspace('Northwind Mutual', 'Dana Ruiz');

  const console = new ConsolePage(page);
  await console.declareIncident({
    title: 'Card authorisation failing',
    severity: 'SEV1',
    summary: 'Issuer timeouts on 40% of card payments',
  });
  await expect(console.incidentInList('Card authorisation failing')).toBeVisible();

  const wall = await WallDisplayPage.open(browser, node.consoleUrl);
  await expect(wall.text('Card authorisation failing')).toBeVisible();

  // A second incident appears on the wall display without a reload.
  await console.declareIncident({ title: 'Claims portal slow', severity: 'SEV3' });
  await expect(wall.text('Claims portal slow')).toBeVisible();

  // A monitoring system adds a timeline entry through the HTTP API.
  const incidents = await apiRequest<{ id: string; title: string }[]>(node, 'GET', '/incidents');
  const cardIncident = incidents.body.find(
    (incident) => incident.title === 'Card authorisation failing',
  );
  expect(cardIncident).toBeDefined();
  const added = await apiRequest(node, 'POST', `/incidents/${cardIncident?.id}/timeline`, {
    text: 'Issuer gateway failed over to the secondary region',
  });
  expect(added.status).toBe(201);
  await console.openIncident('Card authorisation failing');
  await expect(
    console.timeline().getByText('Issuer gateway failed over to the secondary region'),
  ).toBeVisible();
  await expect(wall.text('Issuer gateway failed over to the secondary region')).toBeVisible();

  await test.info().attach('console', { body: await page.screenshot(), contentType: 'image/png' });
  await test
    .info()
    .attach('wall display', { body: await wall.page.screenshot(), contentType: 'image/png' });
  await wall.close();

  // Kill the node without any chance to shut down, start it again on the same folder.
  await node.kill();
  const restarted = await startNode(['--port', String(node.port)]);
  expect(restarted.token).toBe(node.token);
  await page.goto(restarted.consoleUrl);
  await expect(console.incidentInList('Card authorisation failing')).toBeVisible();
  await expect(console.incidentInList('Claims portal slow')).toBeVisible();
  await console.openIncident('Card authorisation failing');
  await expect(
    console.timeline().getByText('Issuer gateway failed over to the secondary region'),
  ).toBeVisible();
});
