import type { TimelineKind } from '../domain/incident.ts';
import type { TimelineEntryDoc } from '../schema/timelineEntry.ts';
import type { CommandContext, DocumentWrite } from './command.ts';

/** A new timeline entry written by a command, stamped with the node's clock. */
export function timelineWrite(
  context: CommandContext,
  incidentId: string,
  kind: TimelineKind,
  text: string,
  extra: Partial<Pick<TimelineEntryDoc, 'starred' | 'corrects' | 'occurredAt'>> = {},
): DocumentWrite & { kind: 'timeline' } {
  const document: TimelineEntryDoc = {
    id: context.newId('tl'),
    incidentId,
    hlc: context.nextHlc(),
    at: context.now.toISOString(),
    kind,
    text,
    actorId: context.actor.id,
    actorKind: context.actor.kind,
    nodeId: context.nodeId,
    starred: extra.starred ?? false,
    ...(extra.corrects ? { corrects: extra.corrects } : {}),
    ...(extra.occurredAt ? { occurredAt: extra.occurredAt } : {}),
  };
  return { kind: 'timeline', document };
}
