import { z } from 'zod';
import { INCIDENT_TYPES } from '../domain/incident.ts';
import { SEVERITIES } from '../domain/severity.ts';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import { rotationLayer } from '../oncall/rotationSchema.ts';
import { defineCommand, type CommandContext, type DocumentWrite } from './command.ts';
import { conflict, invalidInput, type FieldProblem } from './errors.ts';

const id = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes');
const name = z.string().trim().min(1).max(200);

export const organisationFile = z
  .object({
    workspaceName: name,
    /** Who may change governance (criteria, authority matrix, policies); the first person when absent. */
    administratorIds: z.array(id).min(1).max(50).optional(),
    people: z
      .array(
        z
          .object({
            id,
            displayName: name,
            email: z.email().optional(),
            phone: z.string().max(40).optional(),
            jobTitle: z.string().max(200).optional(),
            teamId: id.optional(),
            timeZone: z.string().max(64).optional(),
          })
          .strict(),
      )
      .min(1)
      .max(500),
    teams: z
      .array(
        z
          .object({
            id,
            name,
            function: z.string().max(200).optional(),
            leadId: id.optional(),
            memberIds: z.array(id).max(500),
          })
          .strict(),
      )
      .max(200),
    services: z
      .array(
        z
          .object({
            id,
            name,
            description: z.string().max(2000).optional(),
            tier: z.number().int().min(1).max(4),
            ownerTeamId: id,
            rotationId: id.optional(),
            complianceTags: z.array(z.string().max(40)).max(20),
          })
          .strict(),
      )
      .max(1000),
    rotations: z
      .array(
        z
          .object({
            id,
            name,
            teamId: id,
            timeZone: z.string().max(64),
            handoffTime: z.string().regex(/^\d{2}:\d{2}$/),
            shiftHours: z.number().int().min(1).max(336),
            startsOn: z.iso.datetime(),
            participantIds: z.array(id).min(1).max(200),
            upperLayers: z.array(rotationLayer).max(9).optional(),
          })
          .strict(),
      )
      .max(200),
    playbooks: z
      .array(
        z
          .object({
            id,
            name,
            incidentType: z.enum(INCIDENT_TYPES),
            minSeverity: z.enum(SEVERITIES).optional(),
            steps: z
              .array(
                z
                  .object({
                    id,
                    title: name,
                    ownerRole: z.string().max(64),
                    expectedMinutes: z.number().int().min(1).max(10080),
                    checklist: z.array(z.string().max(500)).max(50),
                  })
                  .strict(),
              )
              .min(1)
              .max(200),
          })
          .strict(),
      )
      .max(200),
  })
  .strict();
export type OrganisationFile = z.infer<typeof organisationFile>;

/** Every id an organisation file refers to must exist in the same file. */
export function organisationReferenceProblems(org: OrganisationFile): FieldProblem[] {
  const people = new Set(org.people.map((p) => p.id));
  const teams = new Set(org.teams.map((t) => t.id));
  const rotations = new Set(org.rotations.map((r) => r.id));
  const problems: FieldProblem[] = [];
  const check = (ok: boolean, field: string, reason: string) => {
    if (!ok) problems.push({ field, reason });
  };
  org.people.forEach(
    (p, i) =>
      p.teamId && check(teams.has(p.teamId), `people.${i}.teamId`, `unknown team "${p.teamId}"`),
  );
  org.teams.forEach((t, i) =>
    t.memberIds.forEach((m, j) =>
      check(people.has(m), `teams.${i}.memberIds.${j}`, `unknown person "${m}"`),
    ),
  );
  org.services.forEach((s, i) => {
    check(teams.has(s.ownerTeamId), `services.${i}.ownerTeamId`, `unknown team "${s.ownerTeamId}"`);
    if (s.rotationId)
      check(
        rotations.has(s.rotationId),
        `services.${i}.rotationId`,
        `unknown rotation "${s.rotationId}"`,
      );
  });
  org.administratorIds?.forEach((p, i) =>
    check(people.has(p), `administratorIds.${i}`, `unknown person "${p}"`),
  );
  org.rotations.forEach((r, i) => {
    check(teams.has(r.teamId), `rotations.${i}.teamId`, `unknown team "${r.teamId}"`);
    r.participantIds.forEach((p, j) =>
      check(people.has(p), `rotations.${i}.participantIds.${j}`, `unknown person "${p}"`),
    );
    r.upperLayers?.forEach((layer, l) =>
      layer.participantIds.forEach((p, j) =>
        check(
          people.has(p),
          `rotations.${i}.upperLayers.${l}.participantIds.${j}`,
          `unknown person "${p}"`,
        ),
      ),
    );
    try {
      rotationFromDefinition(r);
    } catch (error) {
      check(false, `rotations.${i}`, (error as Error).message);
    }
  });
  return problems;
}

function organisationWrites(org: OrganisationFile, context: CommandContext): DocumentWrite[] {
  const hlc = () => context.nextHlc();
  const createdAt = context.now.toISOString();
  return [
    ...org.people.map((p): DocumentWrite => ({
      kind: 'people',
      document: { ...p, createdAt, hlc: hlc() },
    })),
    ...org.teams.map(({ id, name, ...team }): DocumentWrite => ({
      kind: 'organisation',
      document: { id, kind: 'team', name, team, hlc: hlc() },
    })),
    ...org.rotations.map(({ id, name, ...rotation }): DocumentWrite => ({
      kind: 'organisation',
      document: { id, kind: 'rotation', name, rotation, hlc: hlc() },
    })),
    ...org.services.map(({ id, name, ...service }): DocumentWrite => ({
      kind: 'organisation',
      document: { id, kind: 'service', name, service, hlc: hlc() },
    })),
    ...org.playbooks.map(({ id, name, ...playbook }): DocumentWrite => ({
      kind: 'frameworks',
      document: { id, kind: 'playbook', name, playbook, hlc: hlc() },
    })),
  ];
}

/** Seed a fresh workspace from an organisation file (the demo organisation, or a customer's import). */
export const importOrganisation = defineCommand({
  name: 'importOrganisation',
  summary:
    'Create the workspace from an organisation file (teams, people, services, rotations, playbooks)',
  input: organisationFile.extend({ demo: z.boolean().default(false) }),
  permission: 'administrator',
  async plan(reads, input, context) {
    const existing = await reads.find('workspaces', {});
    if (existing.length > 0)
      throw conflict(`This node already belongs to the workspace "${existing[0]?.name}"`);
    const problems = organisationReferenceProblems(input);
    if (problems.length > 0) throw invalidInput(problems);
    const writes = organisationWrites(input, context);
    const createdBy = input.people[0]?.id ?? context.actor.id;
    const workspace = {
      id: context.newId('ws'),
      name: input.workspaceName,
      createdAt: context.now.toISOString(),
      createdBy,
      demo: input.demo,
      administratorIds: input.administratorIds ?? [createdBy],
      hlc: context.nextHlc(),
    };
    writes.push({ kind: 'workspaces', document: workspace });
    return {
      writes,
      result: {
        workspace,
        people: input.people.length,
        services: input.services.length,
        playbooks: input.playbooks.length,
      },
    };
  },
});
