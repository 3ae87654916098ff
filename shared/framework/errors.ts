import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** A framework definition (of any kind) that cannot be used; `problems` name each bad field. */
export class FrameworkDefinitionError extends Error {
  override name = 'FrameworkDefinitionError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(what: string, error: z.ZodError): FrameworkDefinitionError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || what}: ${first.reason}` : 'not valid';
    return new FrameworkDefinitionError(`${what} is not valid — ${summary}`, problems);
  }
}
