import type { Actor } from '../commands/command.ts';

/**
 * Who writes what a monitoring tool posts: the alert integration itself,
 * proved by its intake key, with the one scope that key grants (taking
 * alerts and recording refused requests; docs/access.md).
 */
export function intakeActor(integrationId: string): Actor {
  return {
    kind: 'integration',
    id: integrationId,
    authentication: {
      credentialId: integrationId,
      method: 'integration-token',
      scopes: ['alerts:intake'],
    },
  };
}
