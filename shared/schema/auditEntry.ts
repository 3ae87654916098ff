import { z } from 'zod';
import { idField, isoTimeField, hlcField, jsonObjectField } from './fields.ts';

/**
 * One executed command, hash-chained per node and signed with the node key.
 * Append-only. Format: docs/audit.md.
 *
 * Version 1 added `documentHashes`. It stays optional: entries written
 * before it carry none, and adding one would break their hash.
 */
export const auditEntryShape = z.strictObject({
  id: z.string().max(100),
  nodeId: idField,
  seq: z.number().int().min(1).max(1e15),
  at: isoTimeField,
  hlc: hlcField,
  actorId: idField,
  command: z.string().max(64),
  input: jsonObjectField,
  documentIds: z.array(z.string().max(140)).max(10000),
  documentHashes: z.record(z.string(), z.string().max(64)).optional(),
  prevHash: z.string().max(64),
  hash: z.string().max(64),
  signature: z.string().max(200),
});

export type AuditEntryDoc = z.infer<typeof auditEntryShape>;
