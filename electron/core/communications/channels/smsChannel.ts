import type { ChannelConfig } from '../channelConfig.ts';
import {
  ChannelError,
  httpFailure,
  networkFailure,
  type DeliveryChannel,
} from './deliveryChannel.ts';

type SmsConfig = NonNullable<ChannelConfig['sms']>;

/** Longest SMS body sent: Twilio concatenates up to 1600 characters. */
export const SMS_MAX_LENGTH = 1600;

export function smsText(subject: string, body: string): string {
  const text = `${subject}\n${body}`;
  return text.length <= SMS_MAX_LENGTH ? text : `${text.slice(0, SMS_MAX_LENGTH - 1)}…`;
}

/**
 * SMS through a Twilio-compatible Messages API: form-encoded To/From/Body,
 * HTTP Basic with the account SID and token, the message SID back. The
 * idempotency key goes in the Idempotency-Key header.
 */
export function smsChannel(config: SmsConfig): DeliveryChannel {
  const endpoint = new URL(
    `/2010-04-01/Accounts/${encodeURIComponent(config.accountSid)}/Messages.json`,
    config.baseUrl,
  );
  const auth = Buffer.from(`${config.accountSid}:${config.authToken}`).toString('base64');
  return {
    channel: 'sms',
    configured: true,
    deduplicates: config.honoursIdempotencyKey,
    async send(request) {
      const form = new URLSearchParams({
        To: request.delivery.address,
        From: config.from,
        Body: smsText(request.subject, request.body),
      });
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            authorization: `Basic ${auth}`,
            'content-type': 'application/x-www-form-urlencoded',
            'idempotency-key': request.key,
          },
          body: form,
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw networkFailure(error);
      }
      const text = await response.text();
      if (!response.ok) throw httpFailure(response.status, text);
      const sid = (JSON.parse(text) as { sid?: unknown }).sid;
      if (typeof sid !== 'string')
        throw new ChannelError('SMS provider answered without a message sid');
      return { providerId: sid };
    },
  };
}
