import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { startTwilioCompatibleProvider } from '../../electron/core/paging/twilioServer.testHelpers.ts';
import { ChoosePersonPage } from '../pageModels/choosePersonPage.ts';
import { CommunicationsPage } from '../pageModels/communicationsPage.ts';
import { apiRequest } from '../support/nodeApi.ts';
import { expect, test } from '../support/fixtures.ts';
import { openConsoleRoute } from '../support/consoleRoute.ts';

/** A free loopback port, so the node's public URL (where the provider calls back) is known before it starts. */
function freePort(): Promise<number> {
  return new Promise((done) => {
    const server = createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => done(port));
    });
  });
}

const demoPeople = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../resources/demo/organisation.json'), 'utf8'),
) as { people: { id: string; displayName: string; phone?: string }[] };

test('SEV1: the on-call engineer is paged by push, SMS and a call; an SMS reply acknowledges and makes them a responder', async ({
  browser,
  startNode,
}, testInfo) => {
  test.setTimeout(180_000);
  const twilio = await startTwilioCompatibleProvider();
  try {
    const port = await freePort();
    const dataDir = testInfo.outputPath('data');
    mkdirSync(dataDir, { recursive: true });
    const provider = {
      baseUrl: twilio.url,
      accountSid: twilio.accountSid,
      authToken: twilio.authToken,
      from: '+15005550006',
    };
    writeFileSync(
      join(dataDir, 'communications.json'),
      JSON.stringify({
        sms: provider,
        voice: provider,
        paging: { publicUrl: `http://127.0.0.1:${port}` },
      }),
    );
    const node = await startNode(['--demo', '--port', String(port)]);
    const onCall = await apiRequest<{ onCall: { personId: string } }>(
      node,
      'GET',
      '/rotations/payments-primary/on-call',
    );
    const personId = onCall.body.onCall.personId;
    const person = demoPeople.people.find((p) => p.id === personId);
    const phone = '+447700900123';
    // The on-call person sets up their own contact methods, signed in as themselves.
    const methods = await apiRequest(
      node,
      'POST',
      '/commands/setContactMethods',
      {
        input: {
          personId,
          methods: [
            { id: 'app', type: 'push' },
            { id: 'mobile', type: 'sms', address: phone },
            { id: 'call', type: 'voice', address: phone },
          ],
          rules: [
            { methodId: 'app', afterMinutes: 0 },
            { methodId: 'mobile', afterMinutes: 0 },
            { methodId: 'call', afterMinutes: 0 },
          ],
        },
      },
      personId,
    );
    expect(methods.status, JSON.stringify(methods.body)).toBe(200);

    const page = await (
      await browser.newContext({ viewport: { width: 1600, height: 1000 } })
    ).newPage();
    await page.goto(node.consoleUrl);
    await new ChoosePersonPage(page).choose(person?.displayName ?? personId);

    const declared = await apiRequest<{ id: string }>(
      node,
      'POST',
      '/incidents',
      {
        title: 'Card payments failing',
        severity: 'SEV1',
        type: 'availability',
        serviceIds: ['payments-gateway'],
      },
      'yusuf-demir',
    );
    expect(declared.status).toBe(201);

    // Push: the page shows wherever they use Lantern; then the SMS and the call reach the provider.
    await expect(page.getByTestId('page-banner')).toContainText('You are paged');
    await expect.poll(() => twilio.messages.map((m) => m.to)).toEqual([phone]);
    await expect.poll(() => twilio.calls.map((c) => c.to)).toEqual([phone]);
    const code = /Reply (\d{6}) to acknowledge/.exec(twilio.messages[0]?.body ?? '')?.[1] ?? '';
    expect(code).toMatch(/^\d{6}$/);

    // The SMS reply, signed as the provider signs it, acknowledges: paging stops everywhere.
    const reply = await twilio.reply(`${node.url}/api/v1/paging/sms/inbound`, phone, code);
    expect(reply.text).toContain('Acknowledged');
    await expect(page.getByTestId('page-banner')).toHaveCount(0);
    const incident = await apiRequest<{ roles: { role: string; personId: string }[] }>(
      node,
      'GET',
      `/incidents/${declared.body.id}`,
    );
    expect(incident.body.roles).toContainEqual(
      expect.objectContaining({ role: 'responder', personId }),
    );
    await openConsoleRoute(page, node.consoleUrl, `/incidents/${declared.body.id}`);
    await expect(page.getByTestId('page-deliveries')).toContainText('acknowledged');
  } finally {
    await twilio.close();
  }
});

test('an update with no channel configured says "not delivered" and is recorded as delivered by hand', async ({
  browser,
  startNode,
}) => {
  test.setTimeout(120_000);
  const node = await startNode(['--demo']);
  const declared = await apiRequest<{ id: string }>(
    node,
    'POST',
    '/incidents',
    {
      title: 'Claims portal unavailable',
      severity: 'SEV1',
      type: 'availability',
      serviceIds: ['claims-intake'],
    },
    'yusuf-demir',
  );
  await apiRequest(
    node,
    'POST',
    `/incidents/${declared.body.id}/roles`,
    { role: 'communications-lead', personId: 'kevin-murphy' },
    'yusuf-demir',
  );
  const page = await (
    await browser.newContext({ viewport: { width: 1600, height: 1000 } })
  ).newPage();
  await page.goto(node.consoleUrl);
  await new ChoosePersonPage(page).choose('Kevin Murphy');
  const comms = new CommunicationsPage(page);
  await comms.open(node.consoleUrl, declared.body.id);
  await comms.draft('Executives');
  await comms.saveDraft();
  const update = comms.message(/executive update/);
  await update.getByRole('button', { name: 'Send now' }).click();
  await expect(update.getByTestId('comms-stage')).toHaveText('Not delivered');
  const email = comms.deliveries(update).first();
  await expect(email).toContainText('not delivered: no channel configured');
  await email.getByRole('button', { name: 'Delivered by hand…' }).click();
  await email.getByLabel(/How did it reach/).fill('Read out to the executives on the bridge call');
  await email.getByRole('button', { name: 'Record delivery' }).click();
  await expect(email).toHaveAttribute('data-state', 'delivered');
  await expect(email).toContainText('by hand: Read out to the executives on the bridge call');
  await expect(update.getByTestId('comms-stage')).toHaveText('Sent');
});
