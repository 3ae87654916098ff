import { commandStructureConfig, type CommandStructureConfig } from './commandStructureSchema.ts';
import { AuthorityConfigError } from './errors.ts';

/** Validate an organisation's command-structure configuration; throws with every bad field. */
export function parseCommandStructureConfig(input: unknown): CommandStructureConfig {
  const parsed = commandStructureConfig.safeParse(input);
  if (!parsed.success) throw AuthorityConfigError.fromZod('Command structure', parsed.error);
  return parsed.data;
}

/** Role labels by id, for messages and screens. */
export function roleLabelsOf(config: CommandStructureConfig): Record<string, string> {
  return Object.fromEntries(config.roles.map((r) => [r.id, r.label]));
}
