import { z } from 'zod';
import { hlcField, idField, jsonObjectField, nameField } from './fields.ts';

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

export const frameworkShape = z.strictObject({
  id: idField,
  kind: z.enum(FRAMEWORK_KINDS),
  name: nameField,
  playbook: z
    .strictObject({
      incidentType: z.string().max(64),
      minSeverity: z.string().max(8).optional(),
      steps: z
        .array(
          z.strictObject({
            id: idField,
            title: nameField,
            ownerRole: z.string().max(64),
            expectedMinutes: z.number().int().min(1).max(10080),
            checklist: z.array(z.string().max(500)).max(50),
          }),
        )
        .max(200),
    })
    .optional(),
  definition: jsonObjectField.optional(),
  hlc: hlcField,
});

export type FrameworkDoc = z.infer<typeof frameworkShape>;

export type PlaybookFramework = FrameworkDoc & {
  kind: 'playbook';
  playbook: NonNullable<FrameworkDoc['playbook']>;
};

/** A playbook as listed in an organisation file: its framework fields flattened. */
export type PlaybookDefinition = { id: string; name: string } & PlaybookFramework['playbook'];
