import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { idField, isoTimeField, hlcField } from './fields.ts';

/**
 * One executed command, hash-chained per node and signed with the node key.
 * Append-only. Format: docs/audit.md.
 *
 * Version 1 added `documentHashes`. It stays optional: entries written
 * before it carry none, and adding one would break their hash.
 */
const auditEntrySchemaLiteral = {
  title: 'auditEntry',
  version: 1,
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
    documentHashes: {
      type: 'object',
      additionalProperties: { type: 'string', maxLength: 64 },
      maxProperties: 10000,
    },
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

/** Version 0 → 1: entries keep exactly what they held (their hash covers it). */
export const auditEntryMigrations = {
  1: (entry: Record<string, unknown>) => entry,
};
