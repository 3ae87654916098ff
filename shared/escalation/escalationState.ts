import { z } from 'zod';
import { EscalationPolicyError } from './errors.ts';
import { escalationLevel, type EscalationTarget } from './policySchema.ts';

const isoTime = z.iso.datetime();

/**
 * A running escalation, stored by the node's scheduler as a plain JSON
 * document. It snapshots the policy's levels so that editing the policy does
 * not change an escalation already under way.
 */
export const escalationState = z
  .object({
    policyId: z.string().min(1).max(64),
    policyName: z.string().min(1).max(200),
    levels: z.array(escalationLevel).min(1),
    repeat: z.number().int().min(0),
    startedAt: isoTime,
    status: z.enum(['active', 'acknowledged', 'exhausted']),
    /** 0 on the first pass through the levels, 1 on the first repeat, ... */
    round: z.number().int().min(0),
    levelIndex: z.number().int().min(0),
    /** When the current level was paged; null while its page is still due. */
    pagedAt: isoTime.nullable(),
    /** Who the current level's page reached. */
    pagedPersonIds: z.array(z.string()),
    /** When the next step (a page or a timeout) is due; null once acknowledged or exhausted. */
    dueAt: isoTime.nullable(),
    acknowledgedBy: z.string().optional(),
    acknowledgedAt: isoTime.optional(),
  })
  .strict()
  .refine((state) => state.levelIndex < state.levels.length, {
    message: 'points past the last level',
    path: ['levelIndex'],
  })
  .refine((state) => state.round <= state.repeat, {
    message: 'is beyond the last repeat',
    path: ['round'],
  });
export type EscalationState = z.infer<typeof escalationState>;

/** What happened, in order, each at the moment the policy says it was due. */
export type EscalationEvent =
  | {
      kind: 'page';
      at: string;
      round: number;
      levelIndex: number;
      targets: EscalationTarget[];
      personIds: string[];
    }
  | {
      kind: 'escalate';
      at: string;
      from: { round: number; levelIndex: number };
      to: { round: number; levelIndex: number };
      reason: string;
    }
  | { kind: 'exhausted'; at: string; rounds: number; reason: string };

/** Validate escalation state read back from storage. */
export function parseEscalationState(input: unknown): EscalationState {
  const parsed = escalationState.safeParse(input);
  if (!parsed.success) throw EscalationPolicyError.fromZod('Stored escalation', parsed.error);
  return parsed.data;
}
