import type { MangoQuerySelector } from 'rxdb';
import type { z } from 'zod';
import type { KindName, LanternDocs } from '../store/kinds.ts';

/** Who runs a command. Integrations (HTTP API callers) and the node itself are actors too. */
export interface Actor {
  kind: 'person' | 'integration' | 'system';
  id: string;
  /**
   * How the node knows it is them, set only by the node from a verified
   * session or token (never by the caller): the audit chain records it and
   * step-up checks read it.
   */
  authentication?: ActorAuthentication;
}

export interface ActorAuthentication {
  /** The session (people) or token (integrations) the request came with. */
  credentialId: string;
  method: 'passphrase' | 'pin' | 'integration-token' | 'operator-token';
  /** When the person last proved who they are (sign-in or step-up), ISO. */
  authenticatedAt?: string;
  /** The integration's scopes. */
  scopes?: readonly string[];
  /** The integration acting on this person's behalf (scope act-for-others). */
  byIntegration?: string;
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
 * Who may run a command (docs/access.md lists every command's):
 * - `bootstrap`: anyone who can reach the node, before it has a workspace
 *   (creating the first workspace and its administrator);
 * - `administrator`: workspace administrators;
 * - `person`: administrators and responders (the default for incident work);
 * - `observer`: every signed-in person, observers included;
 * - `node`: only the node's own jobs (schedulers, outbox), never a caller.
 * The node's jobs (`system` actors) may run every command.
 */
export type CommandPermission = 'bootstrap' | 'administrator' | 'person' | 'observer' | 'node';

export interface CommandDefinition<Name extends string, Input, Result> {
  name: Name;
  summary: string;
  input: z.ZodType<Input>;
  permission: CommandPermission;
  /**
   * Set when a person must have proved who they are recently (passphrase or
   * PIN within the step-up window) to run it: what it does, for the refusal.
   * Commands that need it only for some inputs call `requireStepUp` in plan.
   */
  stepUp?: string;
  /** When only some inputs need step-up (the plan calls `requireStepUp`): which, for docs/access.md. */
  stepUpWhen?: string;
  /**
   * What the node token's holder (the machine's operator) may do with this
   * command, which the plan checks; absent: the operator may not run it.
   */
  operator?: string;
  /** What the audit chain records of the input, when it holds secrets (hashes). */
  auditedInput?: (input: Input) => Record<string, unknown>;
  plan(reads: CommandReads, input: Input, context: CommandContext): Promise<CommandOutcome<Result>>;
}

export function defineCommand<Name extends string, Input, Result>(
  definition: CommandDefinition<Name, Input, Result>,
): CommandDefinition<Name, Input, Result> {
  return definition;
}
