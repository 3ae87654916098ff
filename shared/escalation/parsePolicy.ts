import { EscalationPolicyError } from './errors.ts';
import { escalationPolicy, type EscalationPolicy } from './policySchema.ts';

/** Validate a policy from a file, a command or the database; throws with every bad field. */
export function parseEscalationPolicy(input: unknown): EscalationPolicy {
  const parsed = escalationPolicy.safeParse(input);
  if (!parsed.success) throw EscalationPolicyError.fromZod('Escalation policy', parsed.error);
  return parsed.data;
}
