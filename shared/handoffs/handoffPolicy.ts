import { z } from 'zod';

export const DEFAULT_REMINDER_MINUTES = 30;

/** The organisation's handoff settings (framework kind `handoffPolicy`). */
export const handoffPolicy = z
  .object({
    version: z.string().min(1).max(40),
    /** How long before the end of their shift the outgoing lead is reminded to brief. */
    reminderMinutesBefore: z.number().int().min(1).max(720).default(DEFAULT_REMINDER_MINUTES),
  })
  .strict();
export type HandoffPolicy = z.infer<typeof handoffPolicy>;

export class HandoffPolicyError extends Error {
  override name = 'HandoffPolicyError';
  readonly problems: { field: string; reason: string }[];

  constructor(problems: { field: string; reason: string }[]) {
    super(`Invalid handoff policy — ${problems[0]?.field}: ${problems[0]?.reason}`);
    this.problems = problems;
  }
}

export function parseHandoffPolicy(definition: unknown): HandoffPolicy {
  const parsed = handoffPolicy.safeParse(definition);
  if (parsed.success) return parsed.data;
  throw new HandoffPolicyError(
    parsed.error.issues.map((issue) => ({ field: issue.path.join('.'), reason: issue.message })),
  );
}
