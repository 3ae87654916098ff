import type { Actor } from '../commands/command.ts';

/**
 * Who writes the points a monitoring tool pushes: the metrics integration
 * itself, proved by its key, with the one scope that key grants.
 */
export function metricsIntakeActor(integrationId: string): Actor {
  return {
    kind: 'integration',
    id: integrationId,
    authentication: {
      credentialId: integrationId,
      method: 'integration-token',
      scopes: ['metrics:intake'],
    },
  };
}
