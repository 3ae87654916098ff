import {
  NO_CHANNEL_PREFIX,
  type OutboxChannel,
} from '../../../../shared/communications/deliveries.ts';
import type { ChannelConfig } from '../channelConfig.ts';
import { ChannelError, type DeliveryChannel } from './deliveryChannel.ts';
import { emailChannel } from './emailChannel.ts';
import { pushChannel } from './pushChannel.ts';
import { voiceChannel } from './voiceChannel.ts';
import { smsChannel } from './smsChannel.ts';
import { statusPageChannel } from './statusPageChannel.ts';
import { webhookChannel } from './webhookChannel.ts';

/**
 * A channel that is not configured on this node: a delivery fails at once
 * and says so, so the screen can offer to deliver it by hand rather than
 * showing it queued forever. Resend once the channel is configured.
 */
function unconfigured(channel: OutboxChannel): DeliveryChannel {
  return {
    channel,
    deduplicates: false,
    configured: false,
    send() {
      return Promise.reject(
        new ChannelError(
          `${NO_CHANNEL_PREFIX} (${channel} is not set up in this node's communications.json)`,
          true,
        ),
      );
    },
  };
}

export type ChannelSet = Record<OutboxChannel, DeliveryChannel>;

export function channelsFromConfig(config: ChannelConfig): ChannelSet {
  return {
    email: config.email ? emailChannel(config.email) : unconfigured('email'),
    sms: config.sms ? smsChannel(config.sms) : unconfigured('sms'),
    webhook: webhookChannel(config.webhooks),
    voice: config.voice ? voiceChannel(config.voice) : unconfigured('voice'),
    push: pushChannel(),
    statuspage: config.statusPage
      ? statusPageChannel(config.statusPage)
      : unconfigured('statuspage'),
  };
}

export function closeChannels(channels: ChannelSet): void {
  for (const channel of Object.values(channels)) channel.close?.();
}
