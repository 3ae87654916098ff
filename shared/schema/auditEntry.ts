import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoTimeField, hlcField } from './fields.ts';

/**
 * One executed command, hash-chained per node and signed with the node key.
 * Append-only. Format: docs/audit.md.
 */
const auditEntrySchemaLiteral = {
  title: 'auditEntry',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: { type: 'string', maxLength: 100 },
    nodeId: idField,
    seq: { type: 'integer', minimum: 1, maximum: 1e15, multipleOf: 1 },
    at: isoTimeField,
    hlc: hlcField,
    actorId: idField,
    command: { type: 'string', maxLength: 64 },
    input: { type: 'object' },
    documentIds: { type: 'array', items: { type: 'string', maxLength: 140 }, maxItems: 10000 },
    prevHash: { type: 'string', maxLength: 64 },
    hash: { type: 'string', maxLength: 64 },
    signature: { type: 'string', maxLength: 200 },
  },
  required: [
    'id',
    'nodeId',
    'seq',
    'at',
    'hlc',
    'actorId',
    'command',
    'input',
    'documentIds',
    'prevHash',
    'hash',
    'signature',
  ],
  indexes: [['nodeId', 'seq']],
  additionalProperties: false,
} as const;

export type AuditEntryDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof auditEntrySchemaLiteral>
>;
export const auditEntrySchema: RxJsonSchema<AuditEntryDoc> = auditEntrySchemaLiteral;
