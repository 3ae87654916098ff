import type { Channel } from '../../../../shared/communications/configSchemas.ts';
import type { ChannelConfig } from '../channelConfig.ts';
import { ChannelError, type DeliveryChannel } from './deliveryChannel.ts';
import { emailChannel } from './emailChannel.ts';
import { smsChannel } from './smsChannel.ts';
import { statusPageChannel } from './statusPageChannel.ts';
import { webhookChannel } from './webhookChannel.ts';

/** A channel that is not configured on this node: deliveries wait in the queue until it is. */
function unconfigured(channel: Channel): DeliveryChannel {
  return {
    channel,
    deduplicates: false,
    send() {
      return Promise.reject(
        new ChannelError(`${channel} is not configured on this node (communications.json)`),
      );
    },
  };
}

export type ChannelSet = Record<Channel, DeliveryChannel>;

export function channelsFromConfig(config: ChannelConfig): ChannelSet {
  return {
    email: config.email ? emailChannel(config.email) : unconfigured('email'),
    sms: config.sms ? smsChannel(config.sms) : unconfigured('sms'),
    webhook: webhookChannel(config.webhooks),
    statuspage: config.statusPage
      ? statusPageChannel(config.statusPage)
      : unconfigured('statuspage'),
  };
}

export function closeChannels(channels: ChannelSet): void {
  for (const channel of Object.values(channels)) channel.close?.();
}
