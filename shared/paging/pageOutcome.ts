import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { timelineWrite } from '../commands/timelineEntry.ts';
import { isFinished, type Delivery } from '../communications/deliveries.ts';
import type { CommunicationDoc } from '../schema/communication.ts';

const CHANNEL_NAMES: Record<string, string> = {
  push: 'push',
  sms: 'SMS',
  voice: 'voice call',
  email: 'e-mail',
  webhook: 'webhook',
};

export const channelName = (channel: string): string => CHANNEL_NAMES[channel] ?? channel;

/** A test message accepted by its channel marks the method as tested. */
async function testedMethod(
  reads: CommandReads,
  context: CommandContext,
  page: CommunicationDoc,
  delivery: Delivery,
): Promise<DocumentWrite[]> {
  const personId = page.page?.personId ?? '';
  const profile = await reads.get('pagingProfiles', personId);
  if (!profile) return [];
  const at = context.now.toISOString();
  const methods = profile.methods.map((m) =>
    m.id === delivery.recipientId ? { ...m, testedAt: at } : m,
  );
  return [
    {
      kind: 'pagingProfiles',
      document: { ...profile, methods, updatedAt: at, hlc: context.nextHlc() },
    },
  ];
}

/**
 * What a page's delivery result puts on the incident's timeline: the first
 * channel that reached the person, a delivery in doubt, and a page that
 * reached nobody (every channel failed) — each said plainly.
 */
export async function pageOutcomeWrites(
  reads: CommandReads,
  context: CommandContext,
  page: CommunicationDoc,
  delivery: Delivery,
): Promise<DocumentWrite[]> {
  if (!page.page) return [];
  if (page.page.reason === 'test')
    return delivery.state === 'delivered' ? testedMethod(reads, context, page, delivery) : [];
  const all = (page.deliveries ?? []) as Delivery[];
  const who = delivery.recipientName;
  const how = channelName(delivery.channel);
  if (delivery.state === 'delivered' && all.filter((d) => d.state === 'delivered').length === 1)
    return [timelineWrite(context, page.incidentId, 'escalation', `Page reached ${who} by ${how}`)];
  if (delivery.state === 'in-doubt')
    return [
      timelineWrite(
        context,
        page.incidentId,
        'escalation',
        `Page to ${who} by ${how} is in doubt: the node stopped before the provider answered`,
        { starred: true },
      ),
    ];
  if (all.every(isFinished) && !all.some((d) => d.state === 'delivered' || d.state === 'stopped')) {
    const reasons = all.map((d) => `${channelName(d.channel)}: ${d.error ?? d.state}`).join('; ');
    return [
      timelineWrite(
        context,
        page.incidentId,
        'escalation',
        `Page to ${who} not delivered (${reasons})`,
        {
          starred: true,
        },
      ),
    ];
  }
  return [];
}
