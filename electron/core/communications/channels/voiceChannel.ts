import type { ChannelConfig } from '../channelConfig.ts';
import type { DeliveryChannel, DeliveryRequest } from './deliveryChannel.ts';
import { twilioResource } from './twilioApi.ts';

type VoiceConfig = NonNullable<ChannelConfig['voice']>;

const escapeXml = (text: string) =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c] ?? c,
  );

/**
 * What the call says: the page, then "press 1 to acknowledge" inside a
 * Gather whose action is this node's signed callback. Said twice, as a
 * person woken by the phone often misses the first time.
 */
export function pageTwiml(request: DeliveryRequest): string {
  const words = escapeXml(`${request.subject}. ${request.body}`.slice(0, 1500));
  const prompt = 'Press 1 to acknowledge this page.';
  const gather = request.page?.gatherUrl
    ? `<Gather numDigits="1" action="${escapeXml(request.page.gatherUrl)}" method="POST" timeout="8"><Say>${words}</Say><Say>${prompt}</Say></Gather><Say>${words}</Say>`
    : `<Say>${words}</Say>`;
  return `<?xml version="1.0" encoding="UTF-8"?><Response>${gather}<Say>Goodbye.</Say></Response>`;
}

/**
 * Voice calls through a Twilio-compatible Calls API: form-encoded
 * To/From/Twiml, HTTP Basic with the account SID and token, the call SID
 * back. A repeated call cannot be taken back, so a crash mid-send leaves
 * the delivery in doubt.
 */
export function voiceChannel(config: VoiceConfig): DeliveryChannel {
  const createCall = twilioResource(config, 'Calls');
  return {
    channel: 'voice',
    deduplicates: false,
    configured: true,
    send: (request) =>
      createCall(
        new URLSearchParams({
          To: request.delivery.address,
          From: config.from,
          Twiml: pageTwiml(request),
        }),
        request.key,
        'Calls API answered without a call sid',
      ),
  };
}
