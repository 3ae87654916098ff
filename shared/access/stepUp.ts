import type { Actor, CommandContext } from '../commands/command.ts';
import { CommandError } from '../commands/errors.ts';

/** How recently a person must have entered their passphrase or PIN for a step-up command. */
export const STEP_UP_WINDOW_MS = 5 * 60 * 1000;

/** The refusal carries its own code, so a window knows to ask for the PIN and retry. */
export class StepUpRequiredError extends CommandError {
  override name = 'StepUpRequiredError';
  constructor(what: string) {
    super(
      'forbidden',
      `To ${what}, confirm it is you: enter your PIN or passphrase again (it has been more than ${STEP_UP_WINDOW_MS / 60_000} minutes since you did).`,
      [{ field: 'authentication', reason: 'step-up required' }],
    );
  }
}

/** Whether the person proved who they are within the step-up window (the node's jobs always have). */
export function hasRecentAuthentication(actor: Actor, now: Date): boolean {
  if (actor.kind === 'system') return true;
  const at = actor.authentication?.authenticatedAt;
  if (actor.kind !== 'person' || !at || actor.authentication?.byIntegration) return false;
  const age = now.getTime() - Date.parse(at);
  return age >= -60_000 && age <= STEP_UP_WINDOW_MS;
}

/** For commands that need step-up only for some inputs (acknowledging someone else's page). */
export function requireStepUp(context: Pick<CommandContext, 'actor' | 'now'>, what: string): void {
  if (!hasRecentAuthentication(context.actor, context.now)) throw new StepUpRequiredError(what);
}
