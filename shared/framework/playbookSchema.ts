import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import { FrameworkDefinitionError } from './errors.ts';

const stepId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'step ids are lowercase letters, digits and dashes');

export const playbookStep = z
  .object({
    id: stepId,
    title: z.string().trim().min(1).max(200),
    ownerRole: z.string().min(1).max(64),
    expectedMinutes: z.number().int().min(1).max(10080),
    checklist: z.array(z.string().max(500)).max(50),
  })
  .strict();

/** A playbook as stored in the typed `playbook` field of a frameworks document. */
export const playbookDefinition = z
  .object({
    incidentType: z.enum(INCIDENT_TYPES),
    minSeverity: z.enum(SEVERITIES).optional(),
    steps: z.array(playbookStep).min(1).max(200),
  })
  .strict()
  .superRefine((playbook, ctx) => {
    const ids = playbook.steps.map((s) => s.id);
    ids.forEach((id, i) => {
      if (ids.indexOf(id) !== i)
        ctx.addIssue({
          code: 'custom',
          path: ['steps', i, 'id'],
          message: `"${id}" is listed twice`,
        });
    });
  });
export type PlaybookDefinitionInput = z.infer<typeof playbookDefinition>;

export function parsePlaybookDefinition(input: unknown): PlaybookDefinitionInput {
  const parsed = playbookDefinition.safeParse(input);
  if (!parsed.success) throw FrameworkDefinitionError.fromZod('Playbook', parsed.error);
  return parsed.data;
}
