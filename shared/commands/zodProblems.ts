import type { z } from 'zod';
import type { FieldProblem } from './errors.ts';

/** Zod issues as field + reason pairs a person can act on. */
export function zodProblems(error: z.ZodError): FieldProblem[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    reason:
      issue.code === 'unrecognized_keys'
        ? `unexpected field(s): ${issue.keys.join(', ')}`
        : issue.message,
  }));
}
