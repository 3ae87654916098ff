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
