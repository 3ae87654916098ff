import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** A rotation definition that cannot produce a schedule; `problems` name each bad field. */
export class RotationConfigError extends Error {
  override name = 'RotationConfigError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(error: z.ZodError): RotationConfigError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || 'rotation'}: ${first.reason}` : 'not valid';
    return new RotationConfigError(`Rotation is not valid — ${summary}`, problems);
  }
}

/** A schedule was asked for over a window too long to list shift by shift. */
export class ScheduleRangeError extends Error {
  override name = 'ScheduleRangeError';
}
