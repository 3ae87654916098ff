import { CommandError, type FieldProblem } from '../../../../shared/commands/errors.ts';

/** A failed command as plain, serialisable data (what Redux and toasts carry). */
export interface CommandFailure {
  code: string;
  message: string;
  problems: FieldProblem[];
}

export function toCommandFailure(error: unknown): CommandFailure {
  if (error instanceof CommandError)
    return { code: error.code, message: error.message, problems: error.problems };
  if (error instanceof Error) return { code: error.name, message: error.message, problems: [] };
  return { code: 'unknown', message: String(error), problems: [] };
}

/** The reason for one field, to show next to that field in a form. */
export function problemFor(failure: CommandFailure | null, field: string): string | undefined {
  return failure?.problems.find((problem) => problem.field === field)?.reason;
}
