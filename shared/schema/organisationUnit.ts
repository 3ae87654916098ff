import { z } from 'zod';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/**
 * The organisation's structure in one collection (RxDB's open-source build
 * caps a process at 13 collections, so related kinds share one): teams,
 * services in the ownership matrix, and on-call rotations. `kind` says which
 * of the sub-objects is present.
 */
export const ORGANISATION_UNIT_KINDS = ['team', 'service', 'rotation'] as const;
export type OrganisationUnitKind = (typeof ORGANISATION_UNIT_KINDS)[number];

export const organisationUnitShape = z.strictObject({
  id: idField,
  kind: z.enum(ORGANISATION_UNIT_KINDS),
  name: nameField,
  team: z
    .strictObject({
      function: z.string().max(200).optional(),
      leadId: idField.optional(),
      memberIds: z.array(idField).max(500),
    })
    .optional(),
  service: z
    .strictObject({
      description: z.string().max(2000).optional(),
      tier: z.number().int().min(1).max(4),
      ownerTeamId: idField,
      rotationId: idField.optional(),
      complianceTags: z.array(z.string().max(40)).max(20),
    })
    .optional(),
  rotation: z
    .strictObject({
      teamId: idField,
      timeZone: z.string().max(64),
      handoffTime: z
        .string()
        .regex(/^\d{2}:\d{2}$/)
        .max(5),
      shiftHours: z.number().int().min(1).max(336),
      startsOn: isoTimeField,
      participantIds: z.array(idField).min(1).max(200),
      /**
       * Layers above the one the fields above describe, bottom to top (a
       * higher layer wins where it covers the moment): a weekend layer, a
       * business-hours layer, follow-the-sun.
       */
      upperLayers: z
        .array(
          z.strictObject({
            id: idField,
            name: nameField,
            participantIds: z.array(idField).min(1).max(200),
            shiftHours: z.number().int().min(1).max(336),
            /** Local date of the first handoff. */
            startsOn: z
              .string()
              .regex(/^\d{4}-\d{2}-\d{2}$/)
              .max(10),
            handoffTime: z
              .string()
              .regex(/^\d{2}:\d{2}$/)
              .max(5),
            /** On call only inside these local windows, e.g. Sat–Sun 00:00–00:00. */
            restrictions: z
              .array(
                z.strictObject({
                  days: z.array(z.string().max(3)).min(1).max(7),
                  start: z
                    .string()
                    .regex(/^\d{2}:\d{2}$/)
                    .max(5),
                  end: z
                    .string()
                    .regex(/^\d{2}:\d{2}$/)
                    .max(5),
                }),
              )
              .max(14),
          }),
        )
        .max(9)
        .optional(),
      /**
       * The standing duty Incident Commander rotation: its participants may
       * command; an incident declared by an integration or by someone else
       * gets whoever is on call here as Incident Commander, and pages them.
       */
      dutyCommander: z.boolean().optional(),
      /** Someone covers the rotation for a window (swap, sickness, holiday). */
      overrides: z
        .array(
          z.strictObject({
            id: idField,
            personId: idField,
            start: isoTimeField,
            end: isoTimeField,
            reason: z.string().max(500).optional(),
          }),
        )
        .max(500)
        .optional(),
    })
    .optional(),
  hlc: hlcField,
});

export type OrganisationUnitDoc = z.infer<typeof organisationUnitShape>;

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
