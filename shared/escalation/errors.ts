import type { z } from 'zod';
import type { FieldProblem } from '../commands/errors.ts';
import { zodProblems } from '../commands/zodProblems.ts';

/** An escalation policy (or stored escalation state) that cannot be used; `problems` name each bad field. */
export class EscalationPolicyError extends Error {
  override name = 'EscalationPolicyError';
  readonly problems: FieldProblem[];

  constructor(message: string, problems: FieldProblem[] = []) {
    super(message);
    this.problems = problems;
  }

  static fromZod(what: string, error: z.ZodError): EscalationPolicyError {
    const problems = zodProblems(error);
    const first = problems[0];
    const summary = first ? `${first.field || what}: ${first.reason}` : 'not valid';
    return new EscalationPolicyError(`${what} is not valid — ${summary}`, problems);
  }
}

/** The escalation is already acknowledged or exhausted, so it cannot take this step. */
export class EscalationClosedError extends Error {
  override name = 'EscalationClosedError';
}
