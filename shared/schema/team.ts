import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, nameField } from './fields.ts';

/** A team that owns services and staffs on-call rotations. */
const teamSchemaLiteral = {
  title: 'team',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: nameField,
    function: { type: 'string', maxLength: 200 },
    leadId: idField,
    memberIds: { type: 'array', items: idField, maxItems: 500 },
    hlc: hlcField,
  },
  required: ['id', 'name', 'memberIds', 'hlc'],
  additionalProperties: false,
} as const;

export type TeamDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof teamSchemaLiteral>
>;
export const teamSchema: RxJsonSchema<TeamDoc> = teamSchemaLiteral;
