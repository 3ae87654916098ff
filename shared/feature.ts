import type { CommandDefinition } from './commands/command.ts';
import type { KindName } from './store/kinds.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own input and result
export type AnyCommand = CommandDefinition<string, any, any>;

/**
 * The part of a feature every layer knows (node, windows, browsers): the
 * commands it adds and the kinds of record it owns. The node's part
 * (routes, reactions, schedulers) and the renderer's screens are declared
 * next to it in their own layers: docs/architecture.md.
 */
export interface SharedFeature {
  /** The feature's name, the same in every layer's list. */
  name: string;
  /** Its commands, keyed by command name. */
  commands: Record<string, AnyCommand>;
  /**
   * Kinds of record it owns (today each is a collection of that name; the
   * generic records collection will register them as kinds).
   */
  kinds: readonly KindName[];
}

export function defineSharedFeature<const F extends SharedFeature>(feature: F): F {
  for (const [name, command] of Object.entries(feature.commands))
    if (command.name !== name)
      throw new Error(`Feature ${feature.name} lists command ${command.name} under "${name}"`);
  return feature;
}
