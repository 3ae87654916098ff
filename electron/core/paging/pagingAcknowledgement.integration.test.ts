import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { escalationTimeline } from '../scheduler/escalationScheduler.testHelpers.ts';
import { createPagingTestNode, ZOFIA_PHONE } from './paging.testHelpers.ts';
import { SMS_INBOUND_PATH } from './pageRequest.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const zofia: Actor = { kind: 'person', id: 'zofia-nowak' };
const oliver: Actor = { kind: 'person', id: 'oliver-hughes' };

/** Zofia (on call for payments) reachable by SMS, call and e-mail at once; a SEV1 pages her. */
async function pagedZofia() {
  const paging = await createPagingTestNode(cleanups);
  await paging.node.execute(
    'setContactMethods',
    {
      personId: 'zofia-nowak',
      methods: [
        { id: 'mobile', type: 'sms', address: ZOFIA_PHONE },
        { id: 'call', type: 'voice', address: ZOFIA_PHONE },
        { id: 'mail', type: 'email', address: 'zofia@northwind-mutual.example' },
      ],
    },
    zofia,
  );
  const incident = (await paging.node.execute(
    'declareIncident',
    { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
    oliver,
  )) as { id: string };
  await paging.settle();
  const [page] = await paging.pagesOf('zofia-nowak');
  if (!page) throw new Error('Zofia was not paged');
  return { ...paging, incident, page };
}

async function responders(paging: Awaited<ReturnType<typeof pagedZofia>>) {
  const incident = await kindStore(paging.node.database).get('incidents', paging.incident.id);
  return (incident?.roles ?? []).filter((r) => r.role === 'responder').map((r) => r.personId);
}

describe('acknowledging from where the page landed', () => {
  it('an SMS reply with the page’s code, signed by the provider, acknowledges it', async () => {
    const paging = await pagedZofia();
    const inbound = `${paging.publicUrl}${SMS_INBOUND_PATH}`;
    const forged = await paging.twilio.reply(
      inbound,
      ZOFIA_PHONE,
      paging.page.page.shortCode,
      'wrong-token',
    );
    expect(forged.status).toBe(403);
    const stranger = await paging.twilio.reply(
      inbound,
      '+447700900999',
      paging.page.page.shortCode,
    );
    expect(stranger.text).toContain('No open page with that code');
    expect((await paging.pagesOf('zofia-nowak'))[0]?.page.status).toBe('paging');

    const answer = await paging.twilio.reply(
      inbound,
      ZOFIA_PHONE,
      `ok ${paging.page.page.shortCode}`,
    );
    expect(answer.status).toBe(200);
    expect(answer.text).toContain('<Message>Acknowledged.');
    const [page] = await paging.pagesOf('zofia-nowak');
    expect(page?.page).toMatchObject({ status: 'acknowledged', acknowledgedVia: 'sms' });
    expect(await responders(paging)).toEqual(['zofia-nowak']);
    expect((await escalationTimeline(paging.node, paging.incident.id)).at(-1)).toContain(
      'Acknowledged by Zofia Nowak by SMS reply',
    );
  });

  it('pressing 1 in the call acknowledges it through the signed Gather callback', async () => {
    const paging = await pagedZofia();
    const [call] = paging.twilio.calls;
    if (!call) throw new Error('no call was placed');
    expect((await paging.twilio.pressKeys(call, '2')).text).toContain('Not acknowledged');
    const pressed = await paging.twilio.pressKeys(call, '1');
    expect(pressed.text).toContain('<Say>Acknowledged.');
    expect((await paging.pagesOf('zofia-nowak'))[0]?.page).toMatchObject({
      status: 'acknowledged',
      acknowledgedVia: 'voice',
    });
    expect(await responders(paging)).toEqual(['zofia-nowak']);
  });

  it('the e-mail’s link acknowledges once; opening it alone does not, and it cannot be reused', async () => {
    const paging = await pagedZofia();
    const [mail] = paging.smtp.mails;
    const raw = (mail?.raw ?? '').replace(/=\r?\n/g, '');
    const link = /(http:\/\/127\.0\.0\.1:\d+\/api\/v1\/paging\/ack\/[^\s]+)/.exec(raw)?.[1];
    if (!link) throw new Error(`no link in the e-mail:\n${raw}`);
    const stored = (await paging.pagesOf('zofia-nowak'))[0]?.page;
    expect(stored?.linkTokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(link).not.toContain(stored?.linkTokenHash ?? '-');

    const opened = await fetch(link);
    expect(await opened.text()).toContain('Acknowledge the page');
    expect((await paging.pagesOf('zofia-nowak'))[0]?.page.status).toBe('paging');

    const wrong = await fetch(link.replace(/[^/]+$/, 'not-the-token'), { method: 'POST' });
    expect(wrong.status).toBe(403);
    const used = await fetch(link, { method: 'POST' });
    expect(used.status).toBe(200);
    expect((await paging.pagesOf('zofia-nowak'))[0]?.page).toMatchObject({
      status: 'acknowledged',
      acknowledgedVia: 'email',
    });
    const again = await fetch(link, { method: 'POST' });
    expect(again.status).toBe(403);
  });

  it('acknowledging someone else’s page in the app is recorded on their behalf', async () => {
    const paging = await pagedZofia();
    await expect(
      paging.node.execute(
        'acknowledgePage',
        { escalationId: paging.page.page.escalationId },
        {
          kind: 'person',
          id: 'priya-raman',
        },
      ),
    ).rejects.toThrow(/Only someone this escalation paged/);
    await paging.node.execute(
      'acknowledgePage',
      { escalationId: paging.page.page.escalationId, onBehalfOf: 'zofia-nowak' },
      // Acknowledging for someone else needs a fresh confirmation (step-up, docs/access.md).
      {
        ...oliver,
        authentication: {
          credentialId: 'session-oliver',
          method: 'pin',
          authenticatedAt: paging.node.clock.now().toISOString(),
        },
      },
    );
    const [page] = await paging.pagesOf('zofia-nowak');
    expect(page?.page).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'oliver-hughes',
      onBehalfOf: 'zofia-nowak',
      acknowledgedVia: 'app',
    });
    expect((await escalationTimeline(paging.node, paging.incident.id)).at(-1)).toContain(
      'Acknowledged by Oliver Hughes on behalf of Zofia Nowak (confirmed)',
    );
  });
});
