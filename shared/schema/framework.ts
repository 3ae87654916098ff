import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, nameField } from './fields.ts';

/**
 * The organisation's response framework in one collection: playbooks now;
 * classification criteria, decision-authority matrices, escalation policies
 * and command structures join as further kinds, their `definition` checked
 * by the zod schema of their kind before any command stores them.
 */
export const FRAMEWORK_KINDS = [
  'playbook',
  'classificationCriteria',
  'decisionMatrix',
  'escalationPolicy',
  'commandStructure',
  'audience',
  'communicationTemplate',
  'cadencePolicy',
  'approvalPolicy',
  'exerciseScenario',
  'handoffPolicy',
] as const;
export type FrameworkKind = (typeof FRAMEWORK_KINDS)[number];

const frameworkSchemaLiteral = {
  title: 'framework',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: [...FRAMEWORK_KINDS], maxLength: 32 },
    name: nameField,
    playbook: {
      type: 'object',
      properties: {
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
      },
      required: ['incidentType', 'steps'],
      additionalProperties: false,
    },
    definition: { type: 'object' },
    hlc: hlcField,
  },
  required: ['id', 'kind', 'name', 'hlc'],
  indexes: [['kind', 'name']],
  additionalProperties: false,
} as const;

export type FrameworkDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof frameworkSchemaLiteral>
>;
export const frameworkSchema: RxJsonSchema<FrameworkDoc> = frameworkSchemaLiteral;

export type PlaybookFramework = FrameworkDoc & {
  kind: 'playbook';
  playbook: NonNullable<FrameworkDoc['playbook']>;
};

/** A playbook as listed in an organisation file: its framework fields flattened. */
export type PlaybookDefinition = { id: string; name: string } & PlaybookFramework['playbook'];
