import { roleLabel } from '../authority/index.ts';
import type { CommandContext } from '../commands/command.ts';
import type { IncidentType } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import { selectPlaybook, type Playbook } from '../playbooks/index.ts';
import type { IncidentDoc } from '../schema/incident.ts';

export type AttachedPlaybook = NonNullable<IncidentDoc['playbook']>;

/** The playbook the rules choose for a new incident, attached with every step open. */
export function attachPlaybook(
  playbooks: readonly Playbook[],
  incident: { type: IncidentType; severity: Severity },
  context: CommandContext,
): { playbook: Playbook; attached: AttachedPlaybook } | undefined {
  const playbook = selectPlaybook(playbooks, incident);
  if (!playbook) return undefined;
  return {
    playbook,
    attached: {
      frameworkId: playbook.id,
      name: playbook.name,
      attachedAt: context.now.toISOString(),
      steps: playbook.steps.map((step) => ({ stepId: step.id, checkedItems: [] })),
    },
  };
}

/** "Playbook attached: Major service outage — 7 steps; first: Open the bridge (Incident Commander, 10 min)". */
export function playbookAttachedText(
  playbook: Playbook,
  roleLabels: Readonly<Record<string, string>> = {},
): string {
  const first = playbook.steps[0];
  const firstStep = first
    ? `; first: ${first.title} (${roleLabel(first.ownerRole, roleLabels)}, ${first.expectedMinutes} min)`
    : '';
  const count = playbook.steps.length;
  return `Playbook attached: ${playbook.name} — ${count} step${count === 1 ? '' : 's'}${firstStep}`;
}
