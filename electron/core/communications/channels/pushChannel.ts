import type { DeliveryChannel } from './deliveryChannel.ts';

/**
 * Push to the person's Lantern apps. The page is a synced record addressed
 * to them: once this delivery is recorded delivered, every node they use
 * (any window or browser signed in as them) shows it, and the desktop app
 * raises a notification. Accepting it needs nothing beyond the store, so
 * it is always configured and a repeat changes nothing.
 */
export function pushChannel(): DeliveryChannel {
  return {
    channel: 'push',
    deduplicates: true,
    configured: true,
    send(request) {
      return Promise.resolve({ providerId: `push:${request.delivery.recipientName}` });
    },
  };
}
