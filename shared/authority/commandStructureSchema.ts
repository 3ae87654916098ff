import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';

export const SUB_INCIDENT_SCOPES = ['site', 'region', 'business-unit'] as const;
export type SubIncidentScope = (typeof SUB_INCIDENT_SCOPES)[number];

const roleId = z
  .string()
  .regex(/^[a-z][a-z0-9-]{0,63}$/, 'role ids are lowercase words and dashes');

export const commandRole = z
  .object({
    id: roleId,
    label: z.string().min(1).max(80),
    description: z.string().max(500),
    /** How many people may hold the role at once in one incident. */
    maxHolders: z.number().int().min(1).max(50),
    /** Incidents at this severity or worse must have someone in the role. */
    requiredFrom: z.enum(SEVERITIES).optional(),
  })
  .strict();

export const commandMode = z.discriminatedUnion('mode', [
  z.object({ incidentType: z.enum(INCIDENT_TYPES), mode: z.literal('centralized') }).strict(),
  z
    .object({
      incidentType: z.enum(INCIDENT_TYPES),
      mode: z.literal('decentralized'),
      /** What a sub-incident may cover: one site, region or business unit each, with its own lead. */
      splitBy: z.array(z.enum(SUB_INCIDENT_SCOPES)).min(1),
      /** The role that commands all sub-incidents together. */
      areaCommanderRole: roleId,
    })
    .strict(),
]);

/** An organisation's ICS-style roles and, per incident type, whether command is centralized. Unlisted types are centralized. */
export const commandStructureConfig = z
  .object({
    version: z.string().min(1).max(40),
    roles: z.array(commandRole).min(1).max(40),
    commandModes: z.array(commandMode).max(INCIDENT_TYPES.length),
  })
  .strict()
  .superRefine((config, ctx) => {
    const roles = config.roles.map((r) => r.id);
    roles.forEach((role, i) => {
      if (roles.indexOf(role) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['roles', i, 'id'],
          message: `role "${role}" is listed twice`,
        });
    });
    const types = config.commandModes.map((m) => m.incidentType);
    config.commandModes.forEach((mode, i) => {
      if (types.indexOf(mode.incidentType) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['commandModes', i, 'incidentType'],
          message: `"${mode.incidentType}" is listed twice`,
        });
      if (mode.mode === 'decentralized' && !roles.includes(mode.areaCommanderRole))
        ctx.addIssue({
          code: 'custom',
          path: ['commandModes', i, 'areaCommanderRole'],
          message: `unknown role "${mode.areaCommanderRole}"`,
        });
    });
  });

export type CommandRole = z.infer<typeof commandRole>;
export type CommandMode = z.infer<typeof commandMode>;
export type CommandStructureConfig = z.infer<typeof commandStructureConfig>;
