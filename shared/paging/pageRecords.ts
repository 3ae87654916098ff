import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import { planPageDeliveries, shortCodeFor } from './pagePlan.ts';

export type PageDoc = CommunicationDoc & {
  kind: 'page';
  page: NonNullable<CommunicationDoc['page']>;
};

/** The audience id every page carries (a page has one recipient, not an audience). */
export const PAGE_AUDIENCE = 'page';

export interface PageRequest {
  incident: Pick<IncidentDoc, 'id' | 'reference' | 'title' | 'severity' | 'exercise'>;
  personIds: readonly string[];
  reason: 'escalation' | 'duty-commander' | 'test';
  escalationId?: string;
  /** What happened, as on the timeline. */
  text: string;
}

/**
 * One page per person, through their contact methods' rules, sent by this
 * node's outbox. A person with no contact method still gets a page record
 * with no deliveries, so the screens say "not delivered" instead of nothing.
 */
export async function pageWrites(
  reads: CommandReads,
  context: CommandContext,
  request: PageRequest,
): Promise<DocumentWrite[]> {
  const writes: DocumentWrite[] = [];
  const now = context.now.toISOString();
  for (const personId of new Set(request.personIds)) {
    const person = await reads.get('people', personId);
    const profile = await reads.get('pagingProfiles', personId);
    const id = context.newId('page');
    const personName = person?.displayName ?? personId;
    const deliveries = planPageDeliveries(profile, {
      pageId: id,
      personName,
      severity: request.incident.severity,
      exercise: request.incident.exercise,
      now: context.now,
    });
    const subject = `${request.incident.severity} ${request.incident.reference}: ${request.incident.title}`;
    const page: PageDoc = {
      id,
      kind: 'page',
      incidentId: request.incident.id,
      audienceId: 'page',
      createdAt: now,
      updatedAt: now,
      subject: subject.slice(0, 300),
      body: request.text.slice(0, 10000),
      channels: [...new Set(deliveries.map((d) => d.channel))],
      senderNodeId: context.nodeId,
      sentBy: context.actor.id,
      sentAt: now,
      deliveries,
      page: {
        personId,
        ...(request.escalationId ? { escalationId: request.escalationId } : {}),
        reason: request.reason,
        severity: request.incident.severity,
        shortCode: shortCodeFor(id),
        status: 'paging',
      },
      hlc: context.nextHlc(),
    };
    const how = request.incident.exercise
      ? 'exercise: suppressed'
      : deliveries.length === 0
        ? 'not delivered: no contact method'
        : deliveries.map((d) => d.channel).join(', then ');
    writes.push(
      { kind: 'communications', document: page },
      communicationLogWrite(
        context,
        { incidentId: request.incident.id, communicationId: id },
        'paged',
        `Paging ${personName} (${how})`,
      ),
    );
  }
  return writes;
}
