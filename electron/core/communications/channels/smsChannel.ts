import type { ChannelConfig } from '../channelConfig.ts';
import type { DeliveryChannel } from './deliveryChannel.ts';
import { twilioResource } from './twilioApi.ts';

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
  const createMessage = twilioResource(config, 'Messages');
  return {
    channel: 'sms',
    configured: true,
    deduplicates: config.honoursIdempotencyKey,
    send: (request) =>
      createMessage(
        new URLSearchParams({
          To: request.delivery.address,
          From: config.from,
          Body: smsText(request.subject, request.body),
        }),
        request.key,
        'SMS provider answered without a message sid',
      ),
  };
}
