import { CommandError, type FieldProblem } from '../../../../shared/commands/errors.ts';
import { plainProblem } from './plainProblems.ts';

/** A failed command as plain, serialisable data (what Redux and toasts carry). */
export interface CommandFailure {
  code: string;
  message: string;
  problems: FieldProblem[];
}

/**
 * What the person reads: field problems reworded as plain sentences, and for
 * refused input a summary that does not repeat the developer's wording.
 */
export function toCommandFailure(error: unknown): CommandFailure {
  if (error instanceof CommandError) {
    const problems = error.problems.map(plainProblem);
    if (error.code !== 'invalid-input' || problems.length === 0)
      return { code: error.code, message: error.message, problems };
    const message =
      problems.length === 1
        ? (problems[0]?.reason ?? error.message)
        : `Nothing was changed: ${problems.length} things need another look.`;
    return { code: error.code, message, problems };
  }
  if (error instanceof Error) return { code: error.name, message: error.message, problems: [] };
  return { code: 'unknown', message: String(error), problems: [] };
}

/** The reason for one field, to show next to that field in a form. */
export function problemFor(failure: CommandFailure | null, field: string): string | undefined {
  return failure?.problems.find((problem) => problem.field === field)?.reason;
}

/** The node was not reached at all (browser offline, node down): nothing was decided. */
export function isUnreachable(failure: Pick<CommandFailure, 'code'>): boolean {
  return failure.code === 'NodeUnreachableError';
}
