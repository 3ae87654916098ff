import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * The decision log: what was decided, why, by whom and on whose authority
 * (the holder, or which fallback and why). Append-only.
 */
const decisionSchemaLiteral = {
  title: 'decision',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    incidentId: idField,
    decision: { type: 'string', maxLength: 64 },
    summary: { type: 'string', minLength: 1, maxLength: 2000 },
    rationale: { type: 'string', minLength: 1, maxLength: 5000 },
    takenBy: { type: 'string', maxLength: 80 },
    basis: { type: 'string', enum: ['holder', 'fallback'], maxLength: 10 },
    fallbackIndex: { type: 'integer', minimum: 0, maximum: 20 },
    authority: { type: 'string', maxLength: 1000 },
    at: isoTimeField,
    hlc: hlcField,
  },
  required: [
    'id',
    'incidentId',
    'decision',
    'summary',
    'rationale',
    'takenBy',
    'basis',
    'authority',
    'at',
    'hlc',
  ],
  indexes: [['incidentId', 'hlc']],
  additionalProperties: false,
} as const;

export type DecisionDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof decisionSchemaLiteral>
>;
export const decisionSchema: RxJsonSchema<DecisionDoc> = decisionSchemaLiteral;
