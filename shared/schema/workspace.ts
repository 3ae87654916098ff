import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** The organisation this database belongs to; exactly one document. */
const workspaceSchemaLiteral = {
  title: 'workspace',
  description: 'The organisation this Lantern database belongs to',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: nameField,
    createdAt: isoTimeField,
    createdBy: idField,
    demo: { type: 'boolean' },
    hlc: hlcField,
  },
  required: ['id', 'name', 'createdAt', 'createdBy', 'demo', 'hlc'],
  additionalProperties: false,
} as const;

export type WorkspaceDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof workspaceSchemaLiteral>
>;
export const workspaceSchema: RxJsonSchema<WorkspaceDoc> = workspaceSchemaLiteral;
