import type { CommandContext, CommandReads } from '../commands/command.ts';
import type { DocumentWrite } from '../commands/command.ts';
import { forbidden } from '../commands/errors.ts';
import { requireDecisionMatrix } from '../framework/frameworkReads.ts';
import {
  authorityContextFor,
  describeBasis,
  requireAuthority,
  type AllowedRuling,
} from '../framework/incidentAuthority.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { CommunicationDoc } from '../schema/communication.ts';
import type { MessageDoc } from './communicationReads.ts';

/** The message with its changes, stamped with the time and a fresh clock value. */
export function updatedCommunication<T extends CommunicationDoc>(
  doc: T,
  changes: Partial<CommunicationDoc>,
  context: CommandContext,
): T {
  return { ...doc, ...changes, updatedAt: context.now.toISOString(), hlc: context.nextHlc() };
}

export function messageWrite(document: MessageDoc | CommunicationDoc): DocumentWrite {
  return { kind: 'communications', document };
}

export const EXTERNAL_DECISION = 'engage-external-communications' as const;

export interface ExternalAuthority {
  ruling: AllowedRuling;
  /** "on the authority of the Communications Lead" */
  basis: string;
  actorName: string;
}

/**
 * Only the incident's Communications Lead — or, while they are away, off
 * shift or silent, the fallbacks the decision-authority matrix names for
 * engaging external communications — may send external statements, set
 * cadences or override approvals.
 */
export async function requireExternalAuthority(
  reads: CommandReads,
  incident: IncidentDoc,
  context: CommandContext,
): Promise<ExternalAuthority> {
  if (context.actor.kind !== 'person')
    throw forbidden(
      'External communications are sent by a person: sign in as yourself to send them',
    );
  const matrix = await requireDecisionMatrix(reads);
  const authority = await authorityContextFor(reads, incident.roles ?? [], context, incident.id);
  const ruling = requireAuthority(matrix, EXTERNAL_DECISION, authority);
  return {
    ruling,
    basis: describeBasis(matrix, EXTERNAL_DECISION, authority, ruling),
    actorName: authority.names?.[context.actor.id] ?? context.actor.id,
  };
}

/** The outbox runs as the node itself; nobody else may record a delivery. */
export function requireNodeActor(context: CommandContext): void {
  if (context.actor.kind !== 'system')
    throw forbidden('Only the node’s outbox records delivery attempts and results');
}

/** "Executives update" — how people name a message in the timeline. */
export function messageLabel(
  message: Pick<CommunicationDoc, 'subject'>,
  audienceName: string,
): string {
  return `${audienceName} update “${(message.subject ?? '').slice(0, 120)}”`;
}
