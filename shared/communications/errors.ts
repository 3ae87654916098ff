import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** An audience, template or policy that cannot be used; `problems` name each bad field. */
export class CommunicationConfigError extends Error {
  override name = 'CommunicationConfigError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(what: string, error: z.ZodError): CommunicationConfigError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || what}: ${first.reason}` : 'not valid';
    return new CommunicationConfigError(`${what} is not valid — ${summary}`, problems);
  }
}

/** An approval step that the state machine refuses; the message says what to do instead. */
export class ApprovalError extends Error {
  override name = 'ApprovalError';
}
