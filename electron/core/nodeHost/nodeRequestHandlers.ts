import { CommandError, toErrorBody } from '../../../shared/commands/errors.ts';
import type {
  NodeRequestArgs,
  NodeRequestName,
  NodeRequestResult,
} from '../../../shared/contract/nodeHost.ts';
import type { SyncStatus } from '../../../shared/sync/syncStatus.ts';
import type { LanternNode } from '../node.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';

export type NodeRequestHandlers = {
  [M in NodeRequestName]: (args: NodeRequestArgs<M>) => Promise<NodeRequestResult<M>>;
};

/**
 * What the node answers main with, one function per request of
 * shared/contract/nodeHost.ts. A command the node refuses is an answer (the
 * typed error body); anything else that throws becomes a `failure` message.
 */
export function nodeRequestHandlers(
  node: Pick<LanternNode, 'execute' | 'info' | 'seedDemo' | 'sync' | 'nodeId' | 'database'>,
): NodeRequestHandlers {
  return {
    command: ({ name, input, actor }) =>
      refusalsAsAnswers(async () => ({ result: await node.execute(name, input, actor) })),
    nodeInfo: async () => node.info(),
    seedDemo: () => refusalsAsAnswers(async () => ({ result: await node.seedDemo() })),
    syncStatus: async () => node.sync?.status() ?? syncOff(node.nodeId),
    joinCode: async () => (node.sync ? node.sync.joinCode() : null),
    briefExists: async ({ briefId }) =>
      (await kindStore(node.database).get('handoffs', briefId)) !== undefined,
  };
}

async function refusalsAsAnswers<T>(run: () => Promise<T>) {
  try {
    return await run();
  } catch (error) {
    if (error instanceof CommandError) return toErrorBody(error);
    throw error;
  }
}

/** What the status says on a node started without a workspace secret. */
function syncOff(nodeId: string): SyncStatus {
  return { enabled: false, nodeId, name: '', isolated: true, unacknowledgedChanges: 0, peers: [] };
}
