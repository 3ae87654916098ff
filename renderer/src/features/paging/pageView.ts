import {
  messageDeliveryStatus,
  type Delivery,
} from '../../../../shared/communications/deliveries.ts';
import type { PageDoc } from '../../../../shared/paging/pageRecords.ts';

const CHANNEL: Record<string, string> = {
  push: 'push',
  sms: 'SMS',
  voice: 'call',
  email: 'e-mail',
  webhook: 'webhook',
};

const STATE: Record<string, string> = {
  queued: 'queued',
  sending: 'sending',
  delivered: 'delivered',
  failed: 'failed',
  suppressed: 'suppressed (exercise)',
  'in-doubt': 'in doubt',
  stopped: 'not sent',
};

/** The page's honest headline: reached only once a channel accepted it. */
export function pageHeadline(page: PageDoc): string {
  if (page.page.status === 'acknowledged') return 'acknowledged';
  const deliveries = (page.deliveries ?? []) as Delivery[];
  if (deliveries.length === 0) return 'not delivered: no contact method';
  const status = messageDeliveryStatus(deliveries);
  if (status === 'sent') return 'reached';
  if (status === 'failed') return 'not delivered';
  return status === 'in-doubt' ? 'in doubt' : status;
}

/** "SMS delivered · call queued (retrying: HTTP 503)" — each channel as it stands. */
export function pageChannels(page: PageDoc): string {
  return ((page.deliveries ?? []) as Delivery[])
    .map((d) => {
      const retrying =
        d.state === 'queued' && d.attempts > 0 ? ` (retrying: ${d.error ?? ''})` : '';
      const failed = d.state === 'failed' && d.error ? ` (${d.error})` : '';
      return `${CHANNEL[d.channel] ?? d.channel} ${STATE[d.state] ?? d.state}${retrying}${failed}`;
    })
    .join(' · ');
}
