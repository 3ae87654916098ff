import { describe, expect, it } from 'vitest';
import type { Delivery } from '../../../../shared/communications/deliveries.ts';
import type { PageDoc } from '../../../../shared/paging/pageRecords.ts';
import { pushedPages } from './PageBanner.tsx';
import { pageChannels, pageHeadline } from './pageView.ts';

const at = '2026-11-26T10:00:00.000Z';

function delivery(
  channel: Delivery['channel'],
  state: Delivery['state'],
  extra: Partial<Delivery> = {},
): Delivery {
  return {
    key: `p.${channel}`,
    recipientId: channel,
    recipientName: 'Zofia Nowak',
    channel,
    address: '',
    state,
    attempts: 0,
    ...extra,
  };
}

function page(deliveries: Delivery[], status: PageDoc['page']['status'] = 'paging'): PageDoc {
  return {
    id: 'page-1',
    kind: 'page',
    incidentId: 'inc-1',
    audienceId: 'page',
    createdAt: at,
    updatedAt: at,
    deliveries,
    page: {
      personId: 'zofia-nowak',
      escalationId: 'esc-1',
      reason: 'escalation',
      severity: 'SEV1',
      shortCode: '123456',
      status,
    },
    hlc: 'h',
  };
}

describe('page delivery states', () => {
  it('says a page reached someone only once a channel accepted it', () => {
    expect(pageHeadline(page([delivery('push', 'queued'), delivery('sms', 'queued')]))).toBe(
      'queued',
    );
    expect(
      pageHeadline(page([delivery('sms', 'queued', { attempts: 2, error: 'HTTP 503' })])),
    ).toBe('retrying');
    expect(
      pageChannels(page([delivery('sms', 'queued', { attempts: 2, error: 'HTTP 503' })])),
    ).toBe('SMS queued (retrying: HTTP 503)');
    expect(pageHeadline(page([delivery('push', 'delivered'), delivery('voice', 'queued')]))).toBe(
      'reached',
    );
    expect(
      pageHeadline(
        page([delivery('sms', 'failed', { error: 'not delivered: no channel configured' })]),
      ),
    ).toBe('not delivered');
    expect(pageHeadline(page([]))).toBe('not delivered: no contact method');
    expect(pageHeadline(page([delivery('voice', 'stopped')], 'acknowledged'))).toBe('acknowledged');
  });

  it('pushes a page to the paged person only, once its push delivery went out, until acknowledged', () => {
    const pushed = page([delivery('push', 'delivered')]);
    expect(pushedPages([pushed], 'zofia-nowak')).toEqual([pushed]);
    expect(pushedPages([pushed], 'maya-okafor')).toEqual([]);
    expect(pushedPages([page([delivery('push', 'queued')])], 'zofia-nowak')).toEqual([]);
    expect(
      pushedPages([page([delivery('push', 'delivered')], 'acknowledged')], 'zofia-nowak'),
    ).toEqual([]);
  });
});
