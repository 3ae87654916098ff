import type { Actor } from '../../../shared/commands/command.ts';

/**
 * A person as the node sees them after signing in at `at`: with a session
 * and a fresh proof of who they are, so step-up commands run.
 */
export function signedIn(personId: string, at: Date = new Date('2026-11-26T10:00:00Z')): Actor {
  return {
    kind: 'person',
    id: personId,
    authentication: {
      credentialId: `session-test-${personId}`,
      method: 'passphrase',
      authenticatedAt: at.toISOString(),
    },
  };
}
