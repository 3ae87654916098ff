import type { CommandDefinition } from './commands/command.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- each command has its own input and result
export type AnyCommand = CommandDefinition<string, any, any>;

/**
 * The part of a feature every layer knows (node, windows, browsers): the
 * commands it adds. Its kinds of record are in `<feature>/kinds.ts`, listed
 * next to it in `shared/features.ts`. The node's part
 * (routes, reactions, schedulers) and the renderer's screens are declared
 * next to it in their own layers: docs/architecture.md.
 */
export interface SharedFeature {
  /** The feature's name, the same in every layer's list. */
  name: string;
  /** Its commands, keyed by command name. */
  commands: Record<string, AnyCommand>;
}

export function defineSharedFeature<const F extends SharedFeature>(feature: F): F {
  for (const [name, command] of Object.entries(feature.commands))
    if (command.name !== name)
      throw new Error(`Feature ${feature.name} lists command ${command.name} under "${name}"`);
  return feature;
}
