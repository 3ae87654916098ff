import type { Actor } from '../../../shared/commands/command.ts';
import { deliveriesDue, type Delivery } from '../../../shared/communications/deliveries.ts';
import type { MessageDoc } from '../../../shared/communications/communicationReads.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ExecuteCommand } from '../notifications/nodeEvents.ts';
import { systemClock, type SchedulerClock } from '../scheduler/schedulerClock.ts';
import type { ChannelSet } from './channels/channelSet.ts';
import { ChannelError, type DeliveryRequest } from './channels/deliveryChannel.ts';
import type { ScheduledJob } from '../scheduler/scheduler.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { PageDoc } from '../../../shared/paging/pageRecords.ts';
import { pageDeliveryParts, type PagingConfig } from '../paging/pageRequest.ts';

export const OUTBOX_ACTOR: Actor = { kind: 'system', id: 'outbox' };

export interface OutboxOptions {
  database: LanternDatabase;
  execute: ExecuteCommand;
  nodeId: string;
  channels: ChannelSet;
  clock?: SchedulerClock;
  log?: (message: string) => void;
  /** Where inbound acknowledgements reach this node (page SMS, calls, e-mail links). */
  paging?: PagingConfig;
  /** Test hook: runs after a channel accepted a delivery, before the result is recorded. */
  afterChannelSend?: (delivery: Delivery) => void;
}

/**
 * The node's outbox. For every message this node sent (its id is on the
 * message), each due delivery is recorded as attempted, handed to its
 * channel under its idempotency key, and its result recorded. A node
 * killed between the two records finds the delivery in doubt on restart
 * and sends it again under the same key, which the provider deduplicates.
 * Temporary failures (offline, 5xx) wait with exponential backoff. Run by
 * a `Scheduler`; the host wakes it when connectivity returns.
 */
export function outboxJob(options: OutboxOptions): ScheduledJob {
  const deliveries = new OutboxDeliveries(options);
  return {
    name: 'outbox',
    wakeOn: ['communications'],
    // A channel that is slow to answer must not hold up the node's start.
    awaitFirstPass: false,
    pass: (running) => deliveries.runPass(running),
  };
}

/** One pass over this node's messages: deliver what is due, say when the next is. */
class OutboxDeliveries {
  private readonly options: Required<Omit<OutboxOptions, 'afterChannelSend' | 'paging'>> &
    Pick<OutboxOptions, 'afterChannelSend' | 'paging'>;

  constructor(options: OutboxOptions) {
    this.options = { clock: systemClock, log: () => undefined, ...options };
  }

  async runPass(running: () => boolean): Promise<number | undefined> {
    const now = this.options.clock.now();
    for (const message of await this.ownMessages()) {
      for (const delivery of deliveriesDue((message.deliveries ?? []) as Delivery[], now)) {
        if (!running()) return undefined;
        await this.deliver(message, delivery);
      }
    }
    return this.nextWake();
  }

  private async ownMessages(): Promise<MessageDoc[]> {
    const docs = await kindStore(this.options.database).find('communications', {
      selector: { kind: { $in: ['message', 'page'] }, senderNodeId: this.options.nodeId },
    });
    return docs as MessageDoc[];
  }

  private async nextWake(): Promise<number | undefined> {
    const times = (await this.ownMessages()).flatMap((m) =>
      (m.deliveries ?? [])
        .filter((d) => d.state === 'queued')
        .map((d) => Date.parse(d.nextAttemptAt ?? '')),
    );
    return times.length > 0 ? Math.min(...times) : undefined;
  }

  private async deliver(message: MessageDoc, delivery: Delivery): Promise<void> {
    const target = { messageId: message.id, key: delivery.key };
    if (delivery.state === 'sending' && !this.options.channels[delivery.channel].deduplicates) {
      // Found mid-send after a crash on a channel that cannot drop a repeat (SMTP): never guess.
      await this.options
        .execute('recordDeliveryResult', { ...target, outcome: 'in-doubt' }, OUTBOX_ACTOR)
        .catch((error: unknown) => this.options.log(`outbox: ${(error as Error).message}`));
      return;
    }
    try {
      await this.options.execute('recordDeliveryAttempt', target, OUTBOX_ACTOR);
    } catch (error) {
      this.options.log(
        `outbox: could not record an attempt for ${delivery.key}: ${(error as Error).message}`,
      );
      return;
    }
    let outcome: { outcome: 'delivered' | 'retry' | 'failed'; providerId?: string; error?: string };
    try {
      const receipt = await this.options.channels[delivery.channel].send(
        await this.request(message, delivery),
      );
      this.options.afterChannelSend?.(delivery);
      outcome = {
        outcome: 'delivered',
        ...(receipt.providerId ? { providerId: receipt.providerId } : {}),
      };
    } catch (error) {
      const permanent = error instanceof ChannelError && error.permanent;
      outcome = { outcome: permanent ? 'failed' : 'retry', error: (error as Error).message };
    }
    try {
      await this.options.execute('recordDeliveryResult', { ...target, ...outcome }, OUTBOX_ACTOR);
    } catch (error) {
      this.options.log(
        `outbox: could not record the result of ${delivery.key}: ${(error as Error).message}`,
      );
    }
  }

  private async request(message: MessageDoc, delivery: Delivery): Promise<DeliveryRequest> {
    const incident = await this.options.database.incidents.findOne(message.incidentId).exec();
    const page =
      (message as { kind: string }).kind === 'page'
        ? await pageDeliveryParts(message as unknown as PageDoc, delivery, {
            paging: this.options.paging,
            execute: this.options.execute,
            now: this.options.clock.now(),
          })
        : {};
    return {
      key: delivery.key,
      delivery,
      subject: message.subject ?? '',
      body: message.body ?? '',
      sentAt: message.sentAt ?? message.updatedAt,
      messageId: message.id,
      audienceId: message.audienceId,
      incident: {
        id: message.incidentId,
        reference: incident?.reference ?? message.incidentId,
        title: incident?.title ?? '',
        severity: incident?.severity ?? '',
        status: incident?.status ?? '',
      },
      ...(delivery.channel === 'statuspage'
        ? await this.previousStatusPost(message, delivery)
        : {}),
      ...page,
    };
  }

  /** The provider id of this incident's earlier status-page post, so the API updates one incident. */
  private async previousStatusPost(message: MessageDoc, delivery: Delivery) {
    const earlier = await kindStore(this.options.database).find('communications', {
      selector: { incidentId: message.incidentId, kind: 'message' },
    });
    const ids = earlier
      .filter((m) => m.id !== message.id && m.sentAt && m.sentAt <= (message.sentAt ?? ''))
      .sort((a, b) => (b.sentAt ?? '').localeCompare(a.sentAt ?? ''))
      .flatMap((m) =>
        (m.deliveries ?? [])
          .filter(
            (d) =>
              d.channel === 'statuspage' &&
              d.address === delivery.address &&
              d.state === 'delivered',
          )
          .map((d) => d.providerId ?? ''),
      )
      .filter((id) => id && !id.startsWith('folder:'));
    return ids[0] ? { previousProviderId: ids[0] } : {};
  }
}
