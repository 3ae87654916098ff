import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * The decision log: what was decided, why, by whom and on whose authority
 * (the holder, or which fallback and why). Append-only.
 */
export const decisionShape = z.strictObject({
  id: idField,
  incidentId: idField,
  decision: z.string().max(64),
  summary: z.string().min(1).max(2000),
  rationale: z.string().min(1).max(5000),
  takenBy: z.string().max(80),
  basis: z.enum(['holder', 'fallback']),
  fallbackIndex: z.number().int().min(0).max(20).optional(),
  authority: z.string().max(1000),
  at: isoTimeField,
  hlc: hlcField,
});

export type DecisionDoc = z.infer<typeof decisionShape>;
