import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { SEVERITIES } from '../domain/severity.ts';
import { INCIDENT_STATUSES } from '../domain/incident.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** An incident: its current state. History lives in the timeline. */
const incidentSchemaLiteral = {
  title: 'incident',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    reference: { type: 'string', maxLength: 32 },
    title: nameField,
    summary: { type: 'string', maxLength: 5000 },
    severity: { type: 'string', enum: [...SEVERITIES], maxLength: 8 },
    type: { type: 'string', maxLength: 64 },
    status: { type: 'string', enum: [...INCIDENT_STATUSES], maxLength: 20 },
    exercise: { type: 'boolean' },
    declaredAt: isoTimeField,
    declaredBy: idField,
    updatedAt: isoTimeField,
    resolvedAt: isoTimeField,
    closedAt: isoTimeField,
    /** How it was classified: criteria version, matrix inputs, threshold answers. */
    classification: {
      type: 'object',
      properties: {
        criteriaVersion: { type: 'string', maxLength: 40 },
        impact: { type: 'string', maxLength: 40 },
        urgency: { type: 'string', maxLength: 40 },
        recommendedSeverity: { type: 'string', maxLength: 8 },
        answers: { type: 'object' },
        reasons: { type: 'array', items: { type: 'string', maxLength: 500 }, maxItems: 20 },
      },
      required: ['criteriaVersion'],
      additionalProperties: false,
    },
    /** Legal and compliance flags raised by the incident type (drive regulatory clocks). */
    complianceFlags: { type: 'array', items: { type: 'string', maxLength: 40 }, maxItems: 10 },
    /** Who holds each command role now; history is on the timeline. */
    roles: {
      type: 'array',
      maxItems: 50,
      items: {
        type: 'object',
        properties: {
          role: { type: 'string', maxLength: 64 },
          personId: idField,
          since: isoTimeField,
          assignedBy: { type: 'string', maxLength: 80 },
        },
        required: ['role', 'personId', 'since', 'assignedBy'],
        additionalProperties: false,
      },
    },
    commandMode: { type: 'string', enum: ['centralized', 'decentralized'], maxLength: 16 },
    /** Sub-incidents (decentralized command) roll up under a parent. */
    parentId: idField,
    area: { type: 'string', maxLength: 120 },
    serviceIds: { type: 'array', items: idField, maxItems: 50 },
    /** The playbook attached at declaration and what has been done of it. */
    playbook: {
      type: 'object',
      properties: {
        frameworkId: idField,
        name: nameField,
        attachedAt: isoTimeField,
        steps: {
          type: 'array',
          maxItems: 200,
          items: {
            type: 'object',
            properties: {
              stepId: idField,
              completedAt: isoTimeField,
              completedBy: { type: 'string', maxLength: 80 },
              checkedItems: {
                type: 'array',
                items: { type: 'integer', minimum: 0, maximum: 49 },
                maxItems: 50,
              },
            },
            required: ['stepId', 'checkedItems'],
            additionalProperties: false,
          },
        },
      },
      required: ['frameworkId', 'name', 'attachedAt', 'steps'],
      additionalProperties: false,
    },
    hlc: hlcField,
  },
  required: [
    'id',
    'reference',
    'title',
    'summary',
    'severity',
    'type',
    'status',
    'exercise',
    'declaredAt',
    'declaredBy',
    'updatedAt',
    'hlc',
  ],
  indexes: ['declaredAt', ['status', 'declaredAt']],
  additionalProperties: false,
} as const;

export type IncidentDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof incidentSchemaLiteral>
>;
export const incidentSchema: RxJsonSchema<IncidentDoc> = incidentSchemaLiteral;
