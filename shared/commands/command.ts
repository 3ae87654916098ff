import type { MangoQuerySelector } from 'rxdb';
import type { z } from 'zod';
import type { KindName, LanternDocs } from '../store/kinds.ts';

/** Who runs a command. Integrations (HTTP API callers) and the node itself are actors too. */
export interface Actor {
  kind: 'person' | 'integration' | 'system';
  id: string;
}

export interface CommandContext {
  actor: Actor;
  nodeId: string;
  now: Date;
  /** A fresh hybrid-logical-clock value, strictly increasing on this node. */
  nextHlc(): string;
  /** A fresh unique id with a readable prefix. */
  newId(prefix: string): string;
}

/** Read-only access to current documents; commands never write directly. */
export interface CommandReads {
  get<K extends KindName>(kind: K, id: string): Promise<LanternDocs[K] | undefined>;
  find<K extends KindName>(
    kind: K,
    selector: MangoQuerySelector<LanternDocs[K]>,
  ): Promise<LanternDocs[K][]>;
}

/** One document a command writes, named by its kind (shared/store/kinds.ts). */
export type DocumentWrite = {
  [K in KindName]: { kind: K; document: LanternDocs[K] };
}[KindName];

export interface CommandOutcome<Result> {
  writes: DocumentWrite[];
  result: Result;
}

/**
 * Who may run a command: `bootstrap` needs no profile (creating the first
 * workspace and profile); `person` needs a registered actor.
 */
export type CommandPermission = 'bootstrap' | 'person';

export interface CommandDefinition<Name extends string, Input, Result> {
  name: Name;
  summary: string;
  input: z.ZodType<Input>;
  permission: CommandPermission;
  plan(reads: CommandReads, input: Input, context: CommandContext): Promise<CommandOutcome<Result>>;
}

export function defineCommand<Name extends string, Input, Result>(
  definition: CommandDefinition<Name, Input, Result>,
): CommandDefinition<Name, Input, Result> {
  return definition;
}
