import { createHash, randomBytes } from 'node:crypto';
import type { Delivery } from '../../../shared/communications/deliveries.ts';
import type { PageDoc } from '../../../shared/paging/pageRecords.ts';
import type { ChannelConfig } from '../communications/channelConfig.ts';
import type { DeliveryRequest } from '../communications/channels/deliveryChannel.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';

export type PagingConfig = ChannelConfig['paging'];

export const sha256Hex = (text: string): string => createHash('sha256').update(text).digest('hex');

export const gatherPath = (pageId: string) =>
  `/api/v1/paging/voice/${encodeURIComponent(pageId)}/gather`;
export const ackLinkPath = (pageId: string, token: string) =>
  `/api/v1/paging/ack/${encodeURIComponent(pageId)}/${token}`;
export const SMS_INBOUND_PATH = '/api/v1/paging/sms/inbound';

const publicAddress = (config: NonNullable<PagingConfig>, path: string) =>
  new URL(path, config.publicUrl).toString();

/**
 * A fresh one-time link for a page e-mail. Only its SHA-256 is stored (and
 * synced); the token itself exists only in the e-mail. A resend issues a
 * new one, which replaces the old.
 */
async function issueLink(
  page: PageDoc,
  config: NonNullable<PagingConfig>,
  execute: ExecuteCommand,
  now: Date,
): Promise<{ link: string; expiresAt: string }> {
  const token = randomBytes(24).toString('base64url');
  const expiresAt = new Date(now.getTime() + config.linkMinutes * 60_000).toISOString();
  await execute(
    'issuePageLink',
    { pageId: page.id, linkTokenHash: sha256Hex(token), expiresAt },
    { kind: 'system', id: 'outbox' },
  );
  return { link: publicAddress(config, ackLinkPath(page.id, token)), expiresAt };
}

/**
 * What a page says on each channel, with the way to acknowledge from
 * there: SMS "reply 123456", the call's key press, the e-mail's link.
 */
export async function pageDeliveryParts(
  page: PageDoc,
  delivery: Delivery,
  options: { paging: PagingConfig; execute: ExecuteCommand; now: Date },
): Promise<Pick<DeliveryRequest, 'subject' | 'body' | 'page'>> {
  const base = { id: page.id, personId: page.page.personId, shortCode: page.page.shortCode };
  const subject = page.subject ?? 'Lantern page';
  const body = page.body ?? '';
  if (page.page.reason === 'test') return { subject, body, page: base };
  const paging = options.paging;
  if (delivery.channel === 'sms')
    return { subject, body: `${body}\nReply ${page.page.shortCode} to acknowledge.`, page: base };
  if (delivery.channel === 'voice')
    return {
      subject,
      body,
      page: paging ? { ...base, gatherUrl: publicAddress(paging, gatherPath(page.id)) } : base,
    };
  if (delivery.channel === 'email' && paging) {
    const { link, expiresAt } = await issueLink(page, paging, options.execute, options.now);
    return {
      subject,
      body: `${body}\n\nAcknowledge (works once, until ${expiresAt}):\n${link}`,
      page: { ...base, ackLink: link },
    };
  }
  return { subject, body, page: base };
}
