import type { Actor } from '../../../shared/commands/command.ts';
import type { CommandInput } from '../../../shared/commands/registry.ts';
import classification from '../../../resources/framework/classification.json';
import commandStructure from '../../../resources/framework/command-structure.json';
import decisionAuthority from '../../../resources/framework/decision-authority.json';
import escalationPolicies from '../../../resources/framework/escalation-policies.json';
import organisation from '../../../resources/demo/organisation.json';
import type { TestLantern } from './testLantern.testHelpers.ts';

const SYSTEM: Actor = { kind: 'system', id: 'node' };

/** People of the demo organisation the command tests act as. */
export const DEMO = {
  commander: 'yusuf-demir',
  deputy: 'kevin-murphy',
  analyst: 'jordan-taylor',
} as const;

const FRAMEWORKS: CommandInput<'adoptFramework'>[] = [
  { kind: 'classificationCriteria', name: 'Classification criteria', definition: classification },
  { kind: 'decisionMatrix', name: 'Decision-authority matrix', definition: decisionAuthority },
  { kind: 'commandStructure', name: 'Command structure', definition: commandStructure },
  ...escalationPolicies.map((policy) => ({
    kind: 'escalationPolicy' as const,
    name: policy.name,
    definition: policy,
  })),
];

/** The demo organisation with the default frameworks adopted, as the node would set it up. */
export async function seedDemoCommand(lantern: TestLantern): Promise<void> {
  const run = lantern.bridge.sendCommand;
  await run(
    'importOrganisation',
    { ...(organisation as Record<string, unknown>), demo: true } as never,
    SYSTEM,
  );
  for (const framework of FRAMEWORKS) await run('adoptFramework', framework, SYSTEM);
}

export function as(personId: string): Actor {
  return { kind: 'person', id: personId };
}
