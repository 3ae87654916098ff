import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { FirstRunPage } from '../pageModels/firstRunPage.ts';
import { WallDisplayPage } from '../pageModels/wallDisplayPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';
import type { NodeProcess } from '../support/nodeProcess.ts';

/** Dana's passphrase: she chooses it on first run, as the workspace's first administrator. */
const DANA_PASSPHRASE = 'lanterns light the war room';

async function post<T>(node: NodeProcess, path: string, bearer: string, body: unknown) {
  const response = await fetch(`${node.url}/api/v1${path}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as T };
}

/** Dana signs in over the API and gives the monitoring tool its own integration token. */
async function monitoringToken(node: NodeProcess): Promise<string> {
  const people = await apiRequest<{ id: string; displayName: string }[]>(node, 'GET', '/people');
  const dana = people.body.find((person) => person.displayName === 'Dana Ruiz');
  expect(dana).toBeDefined();
  const session = await post<{ token: string }>(node, '/sessions', '', {
    personId: dana?.id,
    passphrase: DANA_PASSPHRASE,
  });
  expect(session.status).toBe(201);
  const tool = await post<{ token: string }>(node, '/tokens', session.body.token, {
    purpose: 'integration',
    name: 'Monitoring',
    scopes: ['timeline:write'],
  });
  expect(tool.status, JSON.stringify(tool.body)).toBe(201);
  return tool.body.token;
}

test('a workspace, an incident on the wall display, an API timeline entry, and all of it survives SIGKILL', async ({
  page,
  browser,
  startNode,
}) => {
  test.setTimeout(180_000);
  const node = await startNode();
  await page.goto(node.consoleUrl);
  await new FirstRunPage(page).createWorkspace('Northwind Mutual', 'Dana Ruiz', DANA_PASSPHRASE);

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
  const added = await post(
    node,
    `/incidents/${cardIncident?.id}/timeline`,
    await monitoringToken(node),
    { text: 'Issuer gateway failed over to the secondary region' },
  );
  expect(added.status).toBe(201);
  await console.openIncident('Card authorisation failing');
  await expect(
    console.timeline().getByText('Issuer gateway failed over to the secondary region'),
  ).toBeVisible();
  // The wall's detail area shows each incident in turn for 20 s: the entry shows on its turn.
  await expect(wall.text('Issuer gateway failed over to the secondary region')).toBeVisible({
    timeout: 45_000,
  });

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
  // A reload of the page is a new sign-in: the session lived only in the page's memory.
  await new ChoosePersonPage(page).choose('Dana Ruiz', DANA_PASSPHRASE);
  await expect(console.incidentInList('Card authorisation failing')).toBeVisible();
  await expect(console.incidentInList('Claims portal slow')).toBeVisible();
  await console.openIncident('Card authorisation failing');
  await expect(
    console.timeline().getByText('Issuer gateway failed over to the secondary region'),
  ).toBeVisible();
});
