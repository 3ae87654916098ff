import { z } from 'zod';
import { frameworkDefinition } from '../framework/frameworkKinds.ts';
import { FRAMEWORK_KINDS, type FrameworkDoc, type FrameworkKind } from '../schema/framework.ts';
import { requireAdministrator } from './administrators.ts';
import { defineCommand, type CommandOutcome, type CommandReads } from './command.ts';
import { conflict, invalidInput, type FieldProblem } from './errors.ts';

export const adoptFrameworkInput = z
  .object({
    kind: z.enum(FRAMEWORK_KINDS, { error: `kind must be one of ${FRAMEWORK_KINDS.join(', ')}` }),
    name: z.string().trim().min(1, 'name the framework').max(200),
    definition: z.record(z.string(), z.unknown(), { error: 'definition must be an object' }),
    /** Keep a document already stored under the same id (how the node installs its defaults). */
    onlyIfAbsent: z.boolean().default(false),
  })
  .strict();

export interface AdoptedFramework {
  /** False when `onlyIfAbsent` kept the document already stored. */
  adopted: boolean;
  replaced: boolean;
  framework: FrameworkDoc;
}

function parseDefinition(kind: FrameworkKind, definition: unknown) {
  try {
    return frameworkDefinition(kind).parse(definition);
  } catch (error) {
    const problems = (error as { problems?: FieldProblem[] }).problems;
    if (!problems) throw error;
    throw invalidInput(
      problems.map((p) => ({
        field: p.field ? `definition.${p.field}` : 'definition',
        reason: p.reason,
      })),
    );
  }
}

async function documentIdFor(
  reads: CommandReads,
  kind: FrameworkKind,
  name: string,
  parsed: unknown,
): Promise<string> {
  if (kind === 'playbook') {
    const sameName = await reads.find('frameworks', { kind: 'playbook', name });
    if (sameName[0]) return sameName[0].id;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- parsed belongs to `kind`
  return frameworkDefinition(kind).documentId(name, parsed as any);
}

/**
 * Kinds that govern who decides what and how incidents are classified and
 * escalated: only administrators change them. Playbooks stay open to the
 * people who run the response.
 */
export const GOVERNANCE_KINDS: readonly FrameworkKind[] = [
  'classificationCriteria',
  'decisionMatrix',
  'escalationPolicy',
  'commandStructure',
  // Who approves external statements, who receives them and how often: a
  // person could otherwise name themselves Legal and skip the approval gate.
  'approvalPolicy',
  'audience',
  'cadencePolicy',
];

/**
 * Adopt (or replace) one piece of the organisation's response framework:
 * a playbook, classification criteria, the decision-authority matrix, an
 * escalation policy or the command structure, checked by its kind's schema.
 */
export const adoptFramework = defineCommand({
  name: 'adoptFramework',
  summary:
    'Adopt or replace a playbook, criteria, authority matrix, escalation policy or command structure',
  input: adoptFrameworkInput,
  permission: 'person',
  async plan(reads, input, context): Promise<CommandOutcome<AdoptedFramework>> {
    if (GOVERNANCE_KINDS.includes(input.kind))
      await requireAdministrator(
        reads,
        context.actor,
        `change the ${frameworkDefinition(input.kind).label}`,
      );
    const parsed = parseDefinition(input.kind, input.definition);
    const id = await documentIdFor(reads, input.kind, input.name, parsed);
    const existing = await reads.get('frameworks', id);
    if (existing && input.onlyIfAbsent)
      return { writes: [], result: { adopted: false, replaced: false, framework: existing } };
    if (existing && existing.kind !== input.kind)
      throw conflict(
        `The id "${id}" already belongs to the ${existing.kind} "${existing.name}"; choose another name or id`,
      );
    const document: FrameworkDoc = {
      id,
      kind: input.kind,
      name: input.name,
      ...(input.kind === 'playbook'
        ? { playbook: parsed as NonNullable<FrameworkDoc['playbook']> }
        : { definition: parsed as Record<string, unknown> }),
      hlc: context.nextHlc(),
    };
    return {
      writes: [{ kind: 'frameworks', document }],
      result: { adopted: true, replaced: existing !== undefined, framework: document },
    };
  },
});
