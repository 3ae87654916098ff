import { freePort } from '../../electron/core/sync/syncProcess.testHelpers.ts';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { ConsolePage } from '../pageModels/consolePage.ts';
import { seriousViolations } from '../support/accessibility.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { startNodeProcess, type NodeProcess } from '../support/nodeProcess.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

const SECRET = 'e2e-workspace-secret-0123456789';

type Digest = Record<string, { count: number; sha256: string }>;

test('two commanders on two synced nodes: an edit on one appears on the other', async ({
  browser,
}, testInfo) => {
  test.setTimeout(120_000);
  const syncPort = await freePort();
  const nodes: NodeProcess[] = [];
  try {
    const a = await startNodeProcess(testInfo.outputPath('node-a'), [
      '--demo',
      '--workspace-secret',
      SECRET,
      '--sync-port',
      String(syncPort),
      '--no-mdns',
    ]);
    nodes.push(a);
    const b = await startNodeProcess(testInfo.outputPath('node-b'), [
      '--workspace-secret',
      SECRET,
      '--peer',
      `127.0.0.1:${syncPort}`,
      '--no-mdns',
    ]);
    nodes.push(b);
    // B starts empty and receives the workspace and its people (records) from A.
    await expect
      .poll(async () => {
        const [da, db] = await Promise.all(
          [a, b].map(async (n) => (await apiRequest<Digest>(n, 'GET', '/sync/digest')).body),
        );
        return da?.records?.sha256 === db?.records?.sha256 && (db?.records?.count ?? 0) > 0;
      })
      .toBe(true);

    const pageA = await (await browser.newContext()).newPage();
    const pageB = await (await browser.newContext()).newPage();
    await pageA.goto(a.consoleUrl);
    await new ChoosePersonPage(pageA).choose('Kevin Murphy');
    await pageB.goto(b.consoleUrl);
    await new ChoosePersonPage(pageB).choose('Oliver Hughes');

    const consoleA = new ConsolePage(pageA);
    const consoleB = new ConsolePage(pageB);
    await consoleA.declareIncident({ title: 'Generator fire in hall B', severity: 'SEV2' });
    const declaredAt = Date.now();
    await expect(consoleB.incidentInList('Generator fire in hall B')).toBeVisible();
    testInfo.annotations.push({
      type: 'sync latency',
      description: `declared on A, listed on B after ${Date.now() - declaredAt} ms`,
    });

    await consoleB.openIncident('Generator fire in hall B');
    await consoleB.addTimelineEntry('Facilities on site, extinguishers used');
    await consoleA.openIncident('Generator fire in hall B');
    await expect(consoleA.timeline()).toContainText('Facilities on site, extinguishers used');

    await openConsoleRoute(pageA, a.consoleUrl, `/sync`);
    const view = pageA.getByTestId('sync-view');
    await expect(view).toContainText('Connected to 1 peer(s)');
    await expect(view.getByRole('table')).toContainText('connected');
    await view.getByRole('button', { name: 'Show join code' }).click();
    // Kevin is a responder: the join code carries the workspace secret, so the node refuses him.
    await expect(view.getByRole('status').filter({ hasText: 'join code' })).toContainText(
      'Only a signed-in workspace administrator may see the join code',
    );
    await expect(view.getByLabel('Join code')).toHaveCount(0);
    expect(await seriousViolations(pageA, 'sync view', testInfo)).toEqual([]);
    await pageA.screenshot({ path: testInfo.outputPath('sync-view.png'), fullPage: true });
  } finally {
    await Promise.all(nodes.map((n) => n.stop()));
  }
});
