import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** A person's profile: every command names the person who ran it. */
const personSchemaLiteral = {
  title: 'person',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    displayName: nameField,
    email: { type: 'string', maxLength: 320 },
    phone: { type: 'string', maxLength: 40 },
    jobTitle: { type: 'string', maxLength: 200 },
    teamId: idField,
    timeZone: { type: 'string', maxLength: 64 },
    createdAt: isoTimeField,
    /** Roster state used by decision-authority fallbacks; absent = available. */
    availability: {
      type: 'object',
      properties: {
        status: { type: 'string', enum: ['available', 'away', 'off-shift'], maxLength: 16 },
        since: isoTimeField,
        note: { type: 'string', maxLength: 500 },
      },
      required: ['status', 'since'],
      additionalProperties: false,
    },
    hlc: hlcField,
  },
  required: ['id', 'displayName', 'createdAt', 'hlc'],
  additionalProperties: false,
} as const;

export type PersonDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof personSchemaLiteral>
>;
export const personSchema: RxJsonSchema<PersonDoc> = personSchemaLiteral;
