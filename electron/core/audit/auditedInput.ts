import type { Actor } from '../../../shared/commands/command.ts';
import type { AnyCommand } from '../../../shared/feature.ts';

/**
 * What an audit entry records as the command's input: the input (or what a
 * command with secrets in it chooses to show) and, under `$authentication`,
 * the session or token the actor came with and how they proved who they are.
 * Keeping it inside `input` leaves the entry's format, and so every existing
 * chain's hashes, as they were (docs/audit.md).
 */
export function auditedInput(
  command: AnyCommand,
  input: unknown,
  actor: Actor,
): Record<string, unknown> {
  const shown = command.auditedInput
    ? command.auditedInput(input)
    : (input as Record<string, unknown>);
  const authentication = actor.authentication;
  if (!authentication) return shown;
  return {
    ...shown,
    $authentication: {
      credentialId: authentication.credentialId,
      method: authentication.method,
      ...(authentication.byIntegration ? { byIntegration: authentication.byIntegration } : {}),
    },
  };
}
