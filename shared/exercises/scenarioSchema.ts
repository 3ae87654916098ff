import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import { FrameworkDefinitionError } from '../framework/errors.ts';

const slug = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes');

/** Elapsed scenario time since STARTEX, as H:MM or H:MM:SS (e.g. "0:15", "1:30:00"). */
export const scenarioTime = z
  .string()
  .regex(
    /^\d{1,3}:[0-5]\d(:[0-5]\d)?$/,
    'scenario time is elapsed time since the start, as H:MM or H:MM:SS (e.g. "0:15")',
  );

/** How an inject reaches the players, as HSEEP MSELs list it. */
export const INJECT_METHODS = [
  'phone',
  'email',
  'chat',
  'in-person',
  'alert',
  'ticket',
  'media',
  'document',
] as const;

export const scenarioObjective = z
  .object({
    id: slug,
    text: z.string().trim().min(1, 'say what the objective is').max(500),
    /** The core capability it exercises (e.g. "Operational Coordination"). */
    capability: z.string().trim().max(120).optional(),
  })
  .strict();

export const participantRole = z
  .object({
    id: slug,
    label: z.string().trim().min(1).max(120),
    /** The command role this player takes in the exercise incident, when it is one. */
    commandRole: slug.optional(),
    description: z.string().trim().max(500).default(''),
  })
  .strict();

export const scenarioModule = z
  .object({
    id: slug,
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().max(2000).default(''),
    /** Questions the facilitator asks at the end of the module. */
    discussionQuestions: z.array(z.string().trim().min(1).max(500)).max(20).default([]),
  })
  .strict();

/** One line of the Master Scenario Events List. */
export const scenarioInject = z
  .object({
    number: z.number().int().min(1).max(999),
    time: scenarioTime,
    module: slug,
    from: z.string().trim().min(1, 'say who the inject comes from').max(200),
    to: slug,
    method: z.enum(INJECT_METHODS, { error: `method must be one of ${INJECT_METHODS.join(', ')}` }),
    message: z.string().trim().min(1, 'write the inject message').max(4000),
    expectedAction: z.string().trim().min(1, 'say what the players are expected to do').max(2000),
    objective: slug,
    /** Contingency injects (by number) the facilitator can release if players stall. */
    contingencies: z.array(z.number().int().min(1).max(999)).max(10).default([]),
    /** A contingency inject is never released on schedule, only by hand. */
    contingency: z.boolean().default(false),
  })
  .strict();

const scenarioShape = z
  .object({
    /** Editors find the published schema through this (resources/scenarios/scenario.schema.json). */
    $schema: z.string().max(500).optional(),
    id: slug,
    title: z.string().trim().min(1).max(200),
    summary: z.string().trim().min(1).max(4000),
    incidentType: z.enum(INCIDENT_TYPES),
    severity: z.enum(SEVERITIES),
    serviceIds: z.array(slug).max(20).default([]),
    /** Planned length of play, in minutes. */
    durationMinutes: z.number().int().min(1).max(1440),
    objectives: z.array(scenarioObjective).min(1).max(20),
    participantRoles: z.array(participantRole).min(1).max(30),
    modules: z.array(scenarioModule).min(1).max(10),
    injects: z.array(scenarioInject).min(1).max(200),
  })
  .strict();

type ScenarioShape = z.infer<typeof scenarioShape>;

function duplicates(values: readonly (string | number)[]): number[] {
  return values.flatMap((value, index) => (values.indexOf(value) !== index ? [index] : []));
}

/** Cross-references: every inject names a known module, role, objective and contingency. */
function checkReferences(scenario: ScenarioShape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  for (const [list, key] of [
    ['objectives', 'id'],
    ['participantRoles', 'id'],
    ['modules', 'id'],
    ['injects', 'number'],
  ] as const) {
    const items = scenario[list] as readonly Record<string, string | number>[];
    for (const index of duplicates(items.map((item) => item[key] ?? '')))
      issue([list, index, key], `"${items[index]?.[key]}" is listed twice`);
  }
  const objectives = new Set(scenario.objectives.map((o) => o.id));
  const roles = new Set(scenario.participantRoles.map((r) => r.id));
  const modules = new Set(scenario.modules.map((m) => m.id));
  const numbers = new Map(scenario.injects.map((i) => [i.number, i]));
  scenario.injects.forEach((inject, index) => {
    if (!modules.has(inject.module))
      issue(['injects', index, 'module'], `no module "${inject.module}" in this scenario`);
    if (!roles.has(inject.to))
      issue(['injects', index, 'to'], `no participant role "${inject.to}" in this scenario`);
    if (!objectives.has(inject.objective))
      issue(['injects', index, 'objective'], `no objective "${inject.objective}" in this scenario`);
    inject.contingencies.forEach((number, c) => {
      const target = numbers.get(number);
      if (!target) issue(['injects', index, 'contingencies', c], `no inject number ${number}`);
      else if (!target.contingency)
        issue(
          ['injects', index, 'contingencies', c],
          `inject ${number} is not marked "contingency": true`,
        );
    });
  });
}

/** A tabletop-exercise scenario: objectives, players, modules and its MSEL. */
export const exerciseScenario = scenarioShape.superRefine(checkReferences);
export type ExerciseScenario = z.infer<typeof exerciseScenario>;
export type ScenarioInject = ExerciseScenario['injects'][number];
export type ScenarioObjective = ExerciseScenario['objectives'][number];
export type ParticipantRole = ExerciseScenario['participantRoles'][number];
export type InjectMethod = (typeof INJECT_METHODS)[number];

/** A valid scenario, without the editor's `$schema` pointer (stored documents keep no `$` keys). */
export function parseExerciseScenario(input: unknown): ExerciseScenario {
  const parsed = exerciseScenario.safeParse(input);
  if (!parsed.success) throw FrameworkDefinitionError.fromZod('Scenario', parsed.error);
  const { $schema: _pointer, ...scenario } = parsed.data;
  return scenario;
}

/** A scenario as a file: with the pointer editors validate against. */
export function scenarioFile(scenario: ExerciseScenario): Record<string, unknown> {
  return { $schema: './scenario.schema.json', ...scenario };
}

/** The published JSON Schema of a scenario file (resources/scenarios/scenario.schema.json). */
export function scenarioJsonSchema(): Record<string, unknown> {
  return {
    ...z.toJSONSchema(scenarioShape, { io: 'input', target: 'draft-2020-12' }),
    $id: 'https://lantern.example/schemas/scenario.schema.json',
    title: 'Lantern tabletop-exercise scenario',
    description:
      'Objectives, participant roles, modules and the Master Scenario Events List (HSEEP). ' +
      'Cross-references (inject module, to, objective, contingencies) are checked on import.',
  };
}
