import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { TIMELINE_KINDS } from '../domain/incident.ts';
import { hlcField, idField, isoTimeField } from './fields.ts';

/**
 * One entry on an incident's shared timeline. Append-only: never updated or
 * deleted; a correction is a new entry that names the one it corrects.
 */
const timelineEntrySchemaLiteral = {
  title: 'timelineEntry',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    incidentId: idField,
    hlc: hlcField,
    at: isoTimeField,
    kind: { type: 'string', enum: [...TIMELINE_KINDS], maxLength: 20 },
    text: { type: 'string', minLength: 1, maxLength: 10000 },
    actorId: idField,
    /** person, integration (an API caller) or system (the node itself). */
    actorKind: { type: 'string', enum: ['person', 'integration', 'system'], maxLength: 12 },
    nodeId: idField,
    starred: { type: 'boolean' },
    corrects: idField,
  },
  required: ['id', 'incidentId', 'hlc', 'at', 'kind', 'text', 'actorId', 'nodeId', 'starred'],
  indexes: [['incidentId', 'hlc']],
  additionalProperties: false,
} as const;

export type TimelineEntryDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof timelineEntrySchemaLiteral>
>;
export const timelineEntrySchema: RxJsonSchema<TimelineEntryDoc> = timelineEntrySchemaLiteral;
