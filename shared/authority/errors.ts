import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** The decision-authority matrix or the command-structure configuration cannot be used. */
export class AuthorityConfigError extends Error {
  override name = 'AuthorityConfigError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(what: string, error: z.ZodError): AuthorityConfigError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || what}: ${first.reason}` : 'not valid';
    return new AuthorityConfigError(`${what} is not valid — ${summary}`, problems);
  }
}
