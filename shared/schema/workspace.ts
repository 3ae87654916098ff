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
    /**
     * Who may change the workspace's governance: classification criteria,
     * the decision-authority matrix, escalation policies, the command
     * structure, and this list. Absent on older workspaces: the creator.
     */
    administratorIds: { type: 'array', items: idField, minItems: 1, maxItems: 50 },
    hlc: hlcField,
  },
  required: ['id', 'name', 'createdAt', 'createdBy', 'demo', 'hlc'],
  additionalProperties: false,
} as const;

export type WorkspaceDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof workspaceSchemaLiteral>
>;
export const workspaceSchema: RxJsonSchema<WorkspaceDoc> = workspaceSchemaLiteral;
