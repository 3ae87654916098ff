import type { Actor } from '../../../shared/commands/command.ts';
import type { NodeInfo } from '../../../shared/contract/nodeInfo.ts';
import type { LanternDatabase } from '../../../shared/schema/collections.ts';

/** What the HTTP API needs from the node. */
export interface ApiContext {
  database: LanternDatabase;
  execute(name: string, input: unknown, actor: Actor): Promise<unknown>;
  info(): NodeInfo;
  seedDemo(actor: Actor): Promise<unknown>;
}
