import type { DeepMutable, ExtractDocumentTypeFromTypedRxJsonSchema, RxJsonSchema } from 'rxdb';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/**
 * The organisation's structure in one collection (RxDB's open-source build
 * caps a process at 13 collections, so related kinds share one): teams,
 * services in the ownership matrix, and on-call rotations. `kind` says which
 * of the sub-objects is present.
 */
export const ORGANISATION_UNIT_KINDS = ['team', 'service', 'rotation'] as const;
export type OrganisationUnitKind = (typeof ORGANISATION_UNIT_KINDS)[number];

const organisationUnitSchemaLiteral = {
  title: 'organisationUnit',
  version: 0,
  primaryKey: 'id',
  type: 'object',
  properties: {
    id: idField,
    kind: { type: 'string', enum: [...ORGANISATION_UNIT_KINDS], maxLength: 16 },
    name: nameField,
    team: {
      type: 'object',
      properties: {
        function: { type: 'string', maxLength: 200 },
        leadId: idField,
        memberIds: { type: 'array', items: idField, maxItems: 500 },
      },
      required: ['memberIds'],
      additionalProperties: false,
    },
    service: {
      type: 'object',
      properties: {
        description: { type: 'string', maxLength: 2000 },
        tier: { type: 'integer', minimum: 1, maximum: 4 },
        ownerTeamId: idField,
        rotationId: idField,
        complianceTags: { type: 'array', items: { type: 'string', maxLength: 40 }, maxItems: 20 },
      },
      required: ['tier', 'ownerTeamId', 'complianceTags'],
      additionalProperties: false,
    },
    rotation: {
      type: 'object',
      properties: {
        teamId: idField,
        timeZone: { type: 'string', maxLength: 64 },
        handoffTime: { type: 'string', pattern: '^\\d{2}:\\d{2}$', maxLength: 5 },
        shiftHours: { type: 'integer', minimum: 1, maximum: 336 },
        startsOn: isoTimeField,
        participantIds: { type: 'array', items: idField, minItems: 1, maxItems: 200 },
        /**
         * Layers above the one the fields above describe, bottom to top (a
         * higher layer wins where it covers the moment): a weekend layer, a
         * business-hours layer, follow-the-sun.
         */
        upperLayers: {
          type: 'array',
          maxItems: 9,
          items: {
            type: 'object',
            properties: {
              id: idField,
              name: nameField,
              participantIds: { type: 'array', items: idField, minItems: 1, maxItems: 200 },
              shiftHours: { type: 'integer', minimum: 1, maximum: 336 },
              /** Local date of the first handoff. */
              startsOn: { type: 'string', pattern: '^\\d{4}-\\d{2}-\\d{2}$', maxLength: 10 },
              handoffTime: { type: 'string', pattern: '^\\d{2}:\\d{2}$', maxLength: 5 },
              /** On call only inside these local windows, e.g. Sat–Sun 00:00–00:00. */
              restrictions: {
                type: 'array',
                maxItems: 14,
                items: {
                  type: 'object',
                  properties: {
                    days: {
                      type: 'array',
                      items: { type: 'string', maxLength: 3 },
                      minItems: 1,
                      maxItems: 7,
                    },
                    start: { type: 'string', pattern: '^\\d{2}:\\d{2}$', maxLength: 5 },
                    end: { type: 'string', pattern: '^\\d{2}:\\d{2}$', maxLength: 5 },
                  },
                  required: ['days', 'start', 'end'],
                  additionalProperties: false,
                },
              },
            },
            required: [
              'id',
              'name',
              'participantIds',
              'shiftHours',
              'startsOn',
              'handoffTime',
              'restrictions',
            ],
            additionalProperties: false,
          },
        },
        /** Someone covers the rotation for a window (swap, sickness, holiday). */
        overrides: {
          type: 'array',
          maxItems: 500,
          items: {
            type: 'object',
            properties: {
              id: idField,
              personId: idField,
              start: isoTimeField,
              end: isoTimeField,
              reason: { type: 'string', maxLength: 500 },
            },
            required: ['id', 'personId', 'start', 'end'],
            additionalProperties: false,
          },
        },
      },
      required: ['teamId', 'timeZone', 'handoffTime', 'shiftHours', 'startsOn', 'participantIds'],
      additionalProperties: false,
    },
    hlc: hlcField,
  },
  required: ['id', 'kind', 'name', 'hlc'],
  indexes: [['kind', 'name']],
  additionalProperties: false,
} as const;

export type OrganisationUnitDoc = ExtractDocumentTypeFromTypedRxJsonSchema<
  DeepMutable<typeof organisationUnitSchemaLiteral>
>;
export const organisationUnitSchema: RxJsonSchema<OrganisationUnitDoc> =
  organisationUnitSchemaLiteral;

export type TeamUnit = OrganisationUnitDoc & {
  kind: 'team';
  team: NonNullable<OrganisationUnitDoc['team']>;
};
export type ServiceUnit = OrganisationUnitDoc & {
  kind: 'service';
  service: NonNullable<OrganisationUnitDoc['service']>;
};
export type RotationUnit = OrganisationUnitDoc & {
  kind: 'rotation';
  rotation: NonNullable<OrganisationUnitDoc['rotation']>;
};

/** A rotation as listed in an organisation file: its unit fields flattened. */
export type RotationDefinition = { id: string; name: string } & RotationUnit['rotation'];
