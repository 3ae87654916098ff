import type { Delivery, OutboxChannel } from '../../../../shared/communications/deliveries.ts';

/** What a channel needs to deliver one message to one recipient. */
export interface DeliveryRequest {
  /** The idempotency key: the same for every attempt of this delivery. */
  key: string;
  delivery: Delivery;
  subject: string;
  body: string;
  sentAt: string;
  incident: { id: string; reference: string; title: string; severity: string; status: string };
  audienceId: string;
  messageId: string;
  /** The provider's id of this incident's previous status-page post, to update rather than duplicate. */
  previousProviderId?: string;
  /** A page: how the person acknowledges from where it lands. */
  page?: { id: string; personId: string; shortCode: string; gatherUrl?: string; ackLink?: string };
}

export interface DeliveryReceipt {
  providerId?: string;
}

/** A failed delivery; permanent ones (a bad address, a rejected credential) are not retried. */
export class ChannelError extends Error {
  override name = 'ChannelError';
  readonly permanent: boolean;

  constructor(message: string, permanent = false) {
    super(message);
    this.permanent = permanent;
  }
}

/** One way out of the node: email, SMS, webhook or status page. */
export interface DeliveryChannel {
  channel: OutboxChannel;
  /** False when the node has no settings for it: deliveries fail at once, saying so. */
  configured: boolean;
  /**
   * The receiving end drops a repeated idempotency key, so a delivery left
   * mid-send by a crash may safely be sent again; otherwise it is in doubt.
   */
  deduplicates: boolean;
  send(request: DeliveryRequest): Promise<DeliveryReceipt>;
  close?(): void;
}

/** An HTTP status as a channel error: 4xx are permanent except 408 and 429, 5xx are retried. */
export function httpFailure(status: number, detail: string): ChannelError {
  const permanent = status >= 400 && status < 500 && status !== 408 && status !== 429;
  return new ChannelError(`HTTP ${status}: ${detail.slice(0, 300)}`, permanent);
}

/** A network failure (refused, reset, timed out): the provider may be back later. */
export function networkFailure(error: unknown): ChannelError {
  const cause = (error as { cause?: { code?: string } }).cause?.code;
  return new ChannelError(`unreachable (${cause ?? (error as Error).message})`, false);
}
