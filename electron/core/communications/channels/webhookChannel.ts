import { createHmac } from 'node:crypto';
import { NO_CHANNEL_PREFIX } from '../../../../shared/communications/deliveries.ts';
import type { ChannelConfig } from '../channelConfig.ts';
import {
  ChannelError,
  httpFailure,
  networkFailure,
  type DeliveryChannel,
  type DeliveryRequest,
} from './deliveryChannel.ts';

type Webhooks = ChannelConfig['webhooks'];

export const SIGNATURE_HEADER = 'x-lantern-signature';

/** "sha256=<hex>": HMAC-SHA256 of "<timestamp>.<body>" with the endpoint's secret. */
export function webhookSignature(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

export function webhookPayload(request: DeliveryRequest) {
  return {
    id: request.key,
    messageId: request.messageId,
    audienceId: request.audienceId,
    sentAt: request.sentAt,
    incident: request.incident,
    subject: request.subject,
    body: request.body,
    ...(request.page ? { page: { id: request.page.id, personId: request.page.personId } } : {}),
  };
}

/** A JSON POST signed with HMAC; the recipient's address names the configured endpoint. */
export function webhookChannel(webhooks: Webhooks): DeliveryChannel {
  return {
    // Receivers are asked to drop a repeated Idempotency-Key (docs/communications.md).
    channel: 'webhook',
    configured: true,
    deduplicates: true,
    async send(request) {
      const endpoint = webhooks[request.delivery.address];
      if (!endpoint)
        throw new ChannelError(
          `${NO_CHANNEL_PREFIX} (no webhook "${request.delivery.address}" in this node's communications.json)`,
          true,
        );
      const body = JSON.stringify(webhookPayload(request));
      const timestamp = String(Math.floor(Date.now() / 1000));
      let response: Response;
      try {
        response = await fetch(endpoint.url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'idempotency-key': request.key,
            'x-lantern-timestamp': timestamp,
            [SIGNATURE_HEADER]: webhookSignature(endpoint.secret, timestamp, body),
          },
          body,
          signal: AbortSignal.timeout(15_000),
        });
      } catch (error) {
        throw networkFailure(error);
      }
      if (!response.ok) throw httpFailure(response.status, await response.text());
      await response.body?.cancel();
      return { providerId: `webhook:${request.delivery.address}` };
    },
  };
}
