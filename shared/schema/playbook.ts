import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, nameField } from './fields.ts';

/** A response playbook for an incident type: ordered steps with an owner role. */
const playbookSchemaLiteral = {
  title: 'playbook',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: nameField,
    incidentType: { type: 'string', maxLength: 64 },
    minSeverity: { type: 'string', maxLength: 8 },
    steps: {
      type: 'array',
      maxItems: 200,
      items: {
        type: 'object',
        properties: {
          id: idField,
          title: nameField,
          ownerRole: { type: 'string', maxLength: 64 },
          expectedMinutes: { type: 'integer', minimum: 1, maximum: 10080 },
          checklist: { type: 'array', items: { type: 'string', maxLength: 500 }, maxItems: 50 },
        },
        required: ['id', 'title', 'ownerRole', 'expectedMinutes', 'checklist'],
        additionalProperties: false,
      },
    },
    hlc: hlcField,
  },
  required: ['id', 'name', 'incidentType', 'steps', 'hlc'],
  additionalProperties: false,
} as const;

export type PlaybookDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof playbookSchemaLiteral>
>;
export const playbookSchema: RxJsonSchema<PlaybookDoc> = playbookSchemaLiteral;
