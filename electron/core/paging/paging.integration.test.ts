import { afterEach, describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/commands/command.ts';
import type { Delivery } from '../../../shared/communications/deliveries.ts';
import { PAGING_INBOUND_ACTOR } from '../../../shared/paging/acknowledgePageFrom.ts';
import type { PageDoc } from '../../../shared/paging/pageRecords.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import { escalationTimeline, MINUTE } from '../scheduler/escalationScheduler.testHelpers.ts';
import { createPagingTestNode, ZOFIA_PHONE } from './paging.testHelpers.ts';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const zofia: Actor = { kind: 'person', id: 'zofia-nowak' };
const oliver: Actor = { kind: 'person', id: 'oliver-hughes' };

const states = (page: PageDoc | undefined) =>
  Object.fromEntries(((page?.deliveries ?? []) as Delivery[]).map((d) => [d.channel, d.state]));

describe('pages go out through the person’s rules', () => {
  it('pages by push at once, SMS after 2 min and a call after 5; acknowledging stops the rest', async () => {
    const { node, twilio, settle, pagesOf, publicUrl } = await createPagingTestNode(cleanups);
    await node.execute(
      'setContactMethods',
      {
        personId: 'zofia-nowak',
        methods: [
          { id: 'app', type: 'push' },
          { id: 'mobile', type: 'sms', address: ZOFIA_PHONE },
          { id: 'call', type: 'voice', address: ZOFIA_PHONE },
        ],
        rules: [
          { methodId: 'app', afterMinutes: 0 },
          { methodId: 'mobile', afterMinutes: 2 },
          { methodId: 'call', afterMinutes: 5 },
        ],
      },
      zofia,
    );
    const incident = (await node.execute(
      'declareIncident',
      { title: 'Card payments failing', severity: 'SEV1', serviceIds: ['payments-gateway'] },
      oliver,
    )) as { id: string };
    await settle();
    let [page] = await pagesOf('zofia-nowak');
    expect(states(page)).toEqual({ push: 'delivered', sms: 'queued', voice: 'queued' });
    expect(twilio.messages).toHaveLength(0);

    await node.clock.advance(2 * MINUTE, settle);
    expect(twilio.messages).toMatchObject([{ to: ZOFIA_PHONE }]);
    expect(twilio.messages[0]?.body).toContain(`Reply ${page?.page.shortCode} to acknowledge.`);
    expect(twilio.calls).toHaveLength(0);

    await node.clock.advance(3 * MINUTE, settle);
    expect(twilio.calls).toHaveLength(1);
    expect(twilio.calls[0]?.twiml).toContain('<Gather numDigits="1"');
    expect(twilio.calls[0]?.twiml).toContain('Press 1 to acknowledge');
    expect(twilio.calls[0]?.gatherUrl).toBe(`${publicUrl}/api/v1/paging/voice/${page?.id}/gather`);

    await node.execute(
      'acknowledgePageFrom',
      { pageId: page?.id, via: 'sms' },
      PAGING_INBOUND_ACTOR,
    );
    await node.clock.advance(10 * MINUTE, settle);
    [page] = await pagesOf('zofia-nowak');
    expect(page?.page).toMatchObject({
      status: 'acknowledged',
      acknowledgedBy: 'zofia-nowak',
      acknowledgedVia: 'sms',
    });
    const stored = await kindStore(node.database).get('incidents', incident.id);
    expect(stored?.roles).toContainEqual(
      expect.objectContaining({ role: 'responder', personId: 'zofia-nowak' }),
    );
    expect((await escalationTimeline(node, incident.id)).join('\n')).toContain(
      'Acknowledged by Zofia Nowak by SMS reply after 5 min',
    );
    // Maya was paged at level 2 (10:05) with no contact method: nothing more goes out.
    expect(twilio.messages).toHaveLength(1);
    expect(twilio.calls).toHaveLength(1);
  });

  it('holds SMS and calls in quiet hours for SEV2 but not for SEV1; push always goes', async () => {
    const { node, twilio, settle, pagesOf } = await createPagingTestNode(cleanups);
    await node.execute(
      'setContactMethods',
      {
        personId: 'zofia-nowak',
        methods: [
          { id: 'app', type: 'push' },
          { id: 'mobile', type: 'sms', address: ZOFIA_PHONE },
        ],
        quietHours: { start: '09:00', end: '12:00', timeZone: 'UTC' },
      },
      zofia,
    );
    await node.execute(
      'declareIncident',
      { title: 'Slow refunds', severity: 'SEV2', serviceIds: ['payments-gateway'] },
      oliver,
    );
    await settle();
    const [page] = await pagesOf('zofia-nowak');
    expect(states(page)).toEqual({ push: 'delivered', sms: 'queued' });
    const sms = (page?.deliveries ?? []).find((d) => d.channel === 'sms');
    expect(sms?.nextAttemptAt).toBe('2026-11-26T12:00:00.000Z');
    expect(twilio.messages).toHaveLength(0);
  });

  it('refuses a phone number that is not E.164 and an address that is not one', async () => {
    const { node } = await createPagingTestNode(cleanups);
    await expect(
      node.execute(
        'setContactMethods',
        {
          personId: 'zofia-nowak',
          methods: [{ id: 'mobile', type: 'sms', address: '07700 900101' }],
        },
        zofia,
      ),
    ).rejects.toThrow(/E\.164/);
    await expect(
      node.execute(
        'setContactMethods',
        {
          personId: 'zofia-nowak',
          methods: [{ id: 'mail', type: 'email', address: 'zofia at example' }],
        },
        zofia,
      ),
    ).rejects.toThrow(/e-mail address/);
    await expect(
      node.execute(
        'setContactMethods',
        { personId: 'zofia-nowak', methods: [{ id: 'app', type: 'push' }] },
        oliver,
      ),
    ).rejects.toThrow(/administrator/);
  });
});
