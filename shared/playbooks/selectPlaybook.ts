import type { IncidentType } from '../domain/incident.ts';
import { SEVERITIES, severityRank, type Severity } from '../domain/severity.ts';
import type { Playbook } from './playbookTypes.ts';

function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/** How narrowly a playbook targets severities: a SEV2-and-worse playbook is narrower than one for any severity. */
function threshold(playbook: Playbook): number {
  return playbook.minSeverity && isSeverity(playbook.minSeverity)
    ? severityRank(playbook.minSeverity)
    : SEVERITIES.length;
}

function applies(playbook: Playbook, type: IncidentType, severity: Severity): boolean {
  if (playbook.incidentType !== type) return false;
  if (playbook.minSeverity === undefined) return true;
  return (
    isSeverity(playbook.minSeverity) && severityRank(severity) <= severityRank(playbook.minSeverity)
  );
}

/**
 * The playbook for an incident: same type, severity at or above the
 * playbook's minimum; where several apply, the one with the narrowest
 * minimum, then the one listed first. Undefined when none applies.
 */
export function selectPlaybook<P extends Playbook>(
  playbooks: readonly P[],
  { type, severity }: { type: IncidentType; severity: Severity },
): P | undefined {
  let best: P | undefined;
  for (const playbook of playbooks) {
    if (!applies(playbook, type, severity)) continue;
    if (!best || threshold(playbook) < threshold(best)) best = playbook;
  }
  return best;
}
