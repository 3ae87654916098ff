import type { MessageDoc } from '../../../shared/communications/communicationReads.ts';
import {
  escalationOwner,
  exerciseScheduled,
  messageHasOpenDeliveries,
} from '../../../shared/scheduling/workOwners.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

/** Nodes that own scheduled work still to do: active escalations, unfinished exercises, undelivered messages. */
export async function ownersOfScheduledWork(database: LanternDatabase): Promise<Set<string>> {
  const store = kindStore(database);
  const owners = new Set<string>();
  for (const escalation of await store.find('escalations', { selector: { status: 'active' } })) {
    const owner = escalationOwner(escalation);
    if (owner) owners.add(owner);
  }
  for (const exercise of await store.find('exercises', {}))
    if (exerciseScheduled(exercise)) owners.add(exercise.schedulerNodeId);
  const messages = (await store.find('communications', {
    selector: { kind: 'message' },
  })) as MessageDoc[];
  for (const message of messages)
    if (message.senderNodeId && messageHasOpenDeliveries(message)) owners.add(message.senderNodeId);
  return owners;
}
