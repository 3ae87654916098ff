import type { BriefItem, HandoffDoc, OrganisationLine } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { BriefSections, ListSection } from './briefTypes.ts';

type Unmarked = Omit<BriefItem, 'isNew'>;

/** Mark items that were not in the previous brief's section; with no previous brief nothing is "new". */
export function markNew(
  items: readonly Unmarked[],
  previous: readonly BriefItem[] | undefined,
): BriefItem[] {
  const known = new Set(previous?.map((item) => item.text));
  return items.map((item) => ({ ...item, isNew: previous !== undefined && !known.has(item.text) }));
}

export function markNewRoles(
  lines: readonly Omit<OrganisationLine, 'isNew'>[],
  previous: readonly OrganisationLine[] | undefined,
): OrganisationLine[] {
  const known = new Set(previous?.map((line) => `${line.role}:${line.personId}`));
  return lines.map((line) => ({
    ...line,
    isNew: previous !== undefined && !known.has(`${line.role}:${line.personId}`),
  }));
}

/** A lead's own lines in the previous brief carry over; drafted lines are drafted afresh. */
export function carriedLines(previous: HandoffDoc | undefined, section: ListSection): Unmarked[] {
  return (previous?.[section] ?? [])
    .filter((item) => item.drafted !== true)
    .map(({ text, at }) => ({ text, ...(at ? { at } : {}), drafted: false }));
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function roleChanges(previous: HandoffDoc, now: readonly OrganisationLine[]): string[] {
  const key = (line: OrganisationLine) => `${line.role}:${line.personId}`;
  const before = new Map(previous.organisation.map((line) => [key(line), line]));
  const after = new Map(now.map((line) => [key(line), line]));
  const changes: string[] = [];
  for (const [k, line] of after)
    if (!before.has(k)) changes.push(`${line.roleLabel}: ${line.name} now holds the role`);
  for (const [k, line] of before)
    if (!after.has(k)) changes.push(`${line.roleLabel}: ${line.name} no longer holds the role`);
  return changes;
}

function droppedLines(previous: readonly BriefItem[], now: readonly BriefItem[]): string[] {
  const current = new Set(now.map((item) => item.text));
  return previous.filter((item) => !current.has(item.text)).map((item) => item.text);
}

/** What changed since the previous brief, in words a lead reads at the handover. */
export function describeChanges(
  incident: IncidentDoc,
  sections: BriefSections,
  previous: HandoffDoc | undefined,
): string[] {
  if (!previous) return ['First brief for this incident'];
  const changes: string[] = [];
  if (previous.incident.severity !== incident.severity)
    changes.push(`Severity ${previous.incident.severity} → ${incident.severity}`);
  if (previous.incident.status !== incident.status)
    changes.push(`Status ${previous.incident.status} → ${incident.status}`);
  changes.push(...roleChanges(previous, sections.organisation));
  if (sections.actions.length > 0)
    changes.push(
      `${sections.actions.length} timeline ${sections.actions.length === 1 ? 'entry' : 'entries'} since the last brief`,
    );
  for (const done of droppedLines(previous.openTasks, sections.openTasks))
    changes.push(`Done: ${done}`);
  for (const settled of droppedLines(previous.pendingDecisions, sections.pendingDecisions))
    changes.push(`No longer pending: ${settled}`);
  const newRisks = sections.risks.filter((risk) => risk.isNew).length;
  if (newRisks > 0) changes.push(`${plural(newRisks, 'new risk')} to watch`);
  return changes.length > 0 ? changes : ['Nothing has changed since the last brief'];
}
