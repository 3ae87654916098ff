import type { z } from 'zod';
import type { AnyCommand } from '../feature.ts';
import { sharedFeatures } from '../features.ts';

type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (
  i: infer I,
) => void
  ? I
  : never;

/**
 * Every command, declared once by its feature (`shared/features.ts`). The
 * executor, the IPC contract, the HTTP API and the renderer's `sendCommand`
 * all take their types from here.
 */
export type Commands = UnionToIntersection<(typeof sharedFeatures)[number]['commands']>;

function mergeCommands(
  features: readonly { name: string; commands: Record<string, AnyCommand> }[],
) {
  const merged: Record<string, AnyCommand> = {};
  for (const feature of features) {
    for (const [name, command] of Object.entries(feature.commands)) {
      if (Object.hasOwn(merged, name))
        throw new Error(
          `Two features declare the command "${name}" (the second is ${feature.name})`,
        );
      merged[name] = command;
    }
  }
  return merged;
}

export const commands = mergeCommands(sharedFeatures) as Commands;

export type CommandName = keyof Commands;
/** What a caller sends (defaults may be omitted). */
export type CommandInput<K extends CommandName> = z.input<Commands[K]['input']>;
export type CommandResult<K extends CommandName> = Awaited<
  ReturnType<Commands[K]['plan']>
>['result'];

export const COMMAND_NAMES = Object.keys(commands) as CommandName[];

export function isCommandName(name: string): name is CommandName {
  return Object.hasOwn(commands, name);
}
