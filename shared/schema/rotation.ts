import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** An on-call rotation: participants take turns of a fixed length from a start. */
const rotationSchemaLiteral = {
  title: 'rotation',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    name: nameField,
    teamId: idField,
    timeZone: { type: 'string', maxLength: 64 },
    handoffTime: { type: 'string', pattern: '^\\d{2}:\\d{2}$', maxLength: 5 },
    shiftHours: { type: 'integer', minimum: 1, maximum: 336 },
    startsOn: isoTimeField,
    participantIds: { type: 'array', items: idField, minItems: 1, maxItems: 200 },
    hlc: hlcField,
  },
  required: [
    'id',
    'name',
    'teamId',
    'timeZone',
    'handoffTime',
    'shiftHours',
    'startsOn',
    'participantIds',
    'hlc',
  ],
  additionalProperties: false,
} as const;

export type RotationDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof rotationSchemaLiteral>
>;
export const rotationSchema: RxJsonSchema<RotationDoc> = rotationSchemaLiteral;
