import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, nameField } from './fields.ts';

/** A service in the ownership matrix: who owns it and how critical it is. */
const serviceSchemaLiteral = {
  title: 'service',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: nameField,
    description: { type: 'string', maxLength: 2000 },
    tier: { type: 'integer', minimum: 1, maximum: 4 },
    ownerTeamId: idField,
    rotationId: idField,
    complianceTags: { type: 'array', items: { type: 'string', maxLength: 40 }, maxItems: 20 },
    hlc: hlcField,
  },
  required: ['id', 'name', 'tier', 'ownerTeamId', 'complianceTags', 'hlc'],
  additionalProperties: false,
} as const;

export type ServiceDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof serviceSchemaLiteral>
>;
export const serviceSchema: RxJsonSchema<ServiceDoc> = serviceSchemaLiteral;
