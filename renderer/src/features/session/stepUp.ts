import { CommandError } from '../../../../shared/commands/errors.ts';
import type { CommandFailure } from '../commands/commandFailure.ts';

/** What a person enters to confirm it is them: their PIN or their passphrase. */
export type IdentityProof = { pin: string } | { passphrase: string };

/** Asks the person at the keyboard; null when they cancel. */
export type IdentityPrompt = (reason: string) => Promise<IdentityProof | null>;

/**
 * Whether the node refused the command only because it needs a fresh PIN or
 * passphrase: step-up, or a shared screen that locked after inactivity (423).
 * Read from the node's own refusal, before its problems are reworded for people.
 */
export function needsStepUp(error: unknown): boolean {
  if (!(error instanceof CommandError)) return false;
  // The node's 423 arrives with its HTTP code, which is wider than the command codes.
  if ((error.code as string) === 'session-locked') return true;
  return error.problems.some(
    (problem) => problem.field === 'authentication' && problem.reason === 'step-up required',
  );
}

// The one dialog host on screen registers here; commands run outside React reach it through this.
let prompt: IdentityPrompt | undefined;

/** The step-up dialog host registers itself while mounted; returns the unregister call. */
export function registerIdentityPrompt(next: IdentityPrompt): () => void {
  prompt = next;
  return () => {
    if (prompt === next) prompt = undefined;
  };
}

export function currentIdentityPrompt(): IdentityPrompt | undefined {
  return prompt;
}

/**
 * Runs `send`; when the node asks for step-up, asks the person, confirms
 * with the node and sends once more. A cancel or a second refusal is the
 * answer as it stands.
 */
export async function withStepUp<T>(
  send: () => Promise<T>,
  failureOf: (error: unknown) => CommandFailure,
  ask: IdentityPrompt | undefined,
  confirm: ((proof: IdentityProof) => Promise<void>) | undefined,
): Promise<T> {
  try {
    return await send();
  } catch (error) {
    if (!ask || !confirm || !needsStepUp(error)) throw error;
    const proof = await ask(failureOf(error).message);
    if (!proof) throw error;
    await confirm(proof);
    return send();
  }
}
