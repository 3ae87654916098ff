import { z } from 'zod';
import { DECISION_STAND_INS, DECISIONS, type Decision } from './decisions.ts';

const id = z.string().min(1).max(64);

/** Who holds a decision or a place in its fallback chain: a role in the incident, or a named person. */
export const authorityHolder = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('role'), role: id }).strict(),
  z.object({ kind: z.literal('person'), personId: id }).strict(),
]);

export const decisionAuthority = z
  .object({
    decision: z.enum(DECISIONS),
    holder: authorityHolder,
    /** Tried in order when everyone before is away, off shift or silent. */
    fallbacks: z.array(authorityHolder).max(5),
    /** A holder paged this long ago without acknowledging counts as unavailable. */
    silentAfterMinutes: z.number().int().min(1).max(240),
  })
  .strict();

const holderKey = (h: z.infer<typeof authorityHolder>) =>
  h.kind === 'role' ? `role:${h.role}` : `person:${h.personId}`;

/** Every decision exactly once (those with a stand-in at most once), each chain without repeats. */
export const decisionAuthorityMatrix = z
  .object({ version: z.string().min(1).max(40), decisions: z.array(decisionAuthority) })
  .strict()
  .superRefine((matrix, ctx) => {
    for (const decision of DECISIONS) {
      const count = matrix.decisions.filter((d) => d.decision === decision).length;
      if (count > 1 || (count === 0 && !DECISION_STAND_INS[decision]))
        ctx.addIssue({
          code: 'custom',
          path: ['decisions'],
          message: `"${decision}" must appear exactly once (found ${count})`,
        });
    }
    matrix.decisions.forEach((d, i) => {
      const chain = [d.holder, ...d.fallbacks].map(holderKey);
      if (new Set(chain).size !== chain.length)
        ctx.addIssue({
          code: 'custom',
          path: ['decisions', i, 'fallbacks'],
          message: 'a fallback repeats the holder or another fallback',
        });
    });
  });

export type AuthorityHolder = z.infer<typeof authorityHolder>;
export type DecisionAuthority = z.infer<typeof decisionAuthority>;
export type DecisionAuthorityMatrix = z.infer<typeof decisionAuthorityMatrix>;

/** Who may take `decision` under this matrix: its own entry, else its stand-in's. */
export function matrixEntryFor(
  matrix: DecisionAuthorityMatrix,
  decision: Decision,
): DecisionAuthority | undefined {
  const own = matrix.decisions.find((d) => d.decision === decision);
  if (own) return own;
  const standIn = DECISION_STAND_INS[decision];
  return standIn ? matrix.decisions.find((d) => d.decision === standIn) : undefined;
}
