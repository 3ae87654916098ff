import type { z } from 'zod';
import { invalidInput, type FieldProblem } from './errors.ts';

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

/** The parsed value, or an invalid-input CommandError naming each field and reason. */
export function parseOrInvalid<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw invalidInput(zodProblems(parsed.error));
  return parsed.data;
}
