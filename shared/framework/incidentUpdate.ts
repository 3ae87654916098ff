import type { CommandContext } from '../commands/command.ts';
import type { IncidentDoc } from '../schema/incident.ts';

/** The incident with its changes, stamped with the time and a fresh clock value. */
export function updatedIncident(
  incident: IncidentDoc,
  changes: Partial<IncidentDoc>,
  context: CommandContext,
): IncidentDoc {
  return {
    ...incident,
    ...changes,
    updatedAt: context.now.toISOString(),
    hlc: context.nextHlc(),
  };
}

/** Problems a change introduces: those in `after` that were not already in `before`. */
export function newProblems<P extends { reason: string }>(
  before: readonly P[],
  after: readonly P[],
): P[] {
  const known = new Set(before.map((p) => p.reason));
  return after.filter((p) => !known.has(p.reason));
}
