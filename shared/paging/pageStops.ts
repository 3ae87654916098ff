import type { CommandContext, CommandReads, DocumentWrite } from '../commands/command.ts';
import type { Delivery } from '../communications/deliveries.ts';
import { updatedIncident } from '../framework/incidentUpdate.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { PageDoc } from './pageRecords.ts';

export const RESPONDER_ROLE = 'responder';

export interface PageAcknowledgement {
  by: string;
  via: 'sms' | 'voice' | 'email' | 'app';
  onBehalfOf?: string;
}

/** The escalation's pages that are still paging. */
export async function openPagesOf(reads: CommandReads, incidentId: string, escalationId: string) {
  const docs = await reads.find('communications', { incidentId, kind: 'page' });
  return (docs as PageDoc[]).filter(
    (p) => p.page.escalationId === escalationId && p.page.status === 'paging',
  );
}

/**
 * Acknowledged: every page of the escalation stops (what has not gone out
 * is not sent); the acknowledged person's page records how and by whom.
 */
export function stoppedPage(
  page: PageDoc,
  acknowledgement: PageAcknowledgement,
  context: CommandContext,
): PageDoc {
  const now = context.now.toISOString();
  const deliveries = (page.deliveries ?? []).map((d) =>
    d.state === 'queued'
      ? ({ ...d, state: 'stopped', error: 'not sent: the page was acknowledged' } as Delivery)
      : d,
  );
  const paged = acknowledgement.onBehalfOf ?? acknowledgement.by;
  const mine = page.page.personId === paged;
  return {
    ...page,
    deliveries,
    page: {
      ...page.page,
      status: mine ? 'acknowledged' : 'stopped',
      ...(mine
        ? {
            acknowledgedBy: acknowledgement.by,
            acknowledgedAt: now,
            acknowledgedVia: acknowledgement.via,
            ...(acknowledgement.onBehalfOf ? { onBehalfOf: acknowledgement.onBehalfOf } : {}),
          }
        : {}),
    },
    updatedAt: now,
    hlc: context.nextHlc(),
  };
}

/** The person who acknowledged joins the response as a responder (unless they already hold a role). */
export function responderWrites(
  incident: IncidentDoc,
  personId: string,
  context: CommandContext,
): DocumentWrite[] {
  const roles = incident.roles ?? [];
  if (roles.some((r) => r.personId === personId)) return [];
  const updated = updatedIncident(
    incident,
    {
      roles: [
        ...roles,
        {
          role: RESPONDER_ROLE,
          personId,
          since: context.now.toISOString(),
          assignedBy: context.actor.id,
        },
      ],
    },
    context,
  );
  return [{ kind: 'incidents', document: updated }];
}
