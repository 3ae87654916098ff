import type { CommandContext, DocumentWrite } from '../commands/command.ts';
import type { CommunicationLogAction, CommunicationLogDoc } from '../schema/communicationLog.ts';

type LogExtras = Partial<
  Pick<CommunicationLogDoc, 'role' | 'deliveryKey' | 'contentHash' | 'comment'>
>;

/** One append-only communications record, stamped like a timeline entry. */
export function communicationLogWrite(
  context: CommandContext,
  target: { incidentId: string; communicationId: string },
  action: CommunicationLogAction,
  text: string,
  extras: LogExtras = {},
): DocumentWrite & { kind: 'communicationLog' } {
  const document: CommunicationLogDoc = {
    id: context.newId('clog'),
    incidentId: target.incidentId,
    communicationId: target.communicationId,
    hlc: context.nextHlc(),
    at: context.now.toISOString(),
    action,
    actorId: context.actor.id,
    actorKind: context.actor.kind,
    nodeId: context.nodeId,
    text: text.slice(0, 5000),
    ...Object.fromEntries(Object.entries(extras).filter(([, v]) => v !== undefined)),
  };
  return { kind: 'communicationLog', document };
}
