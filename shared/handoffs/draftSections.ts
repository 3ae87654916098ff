import { complianceFlagList } from '../classification/complianceFlagLabels.ts';
import { roleLabel } from '../authority/index.ts';
import { playbookProgress } from '../playbooks/index.ts';
import type { BriefItem, OrganisationLine } from '../schema/handoff.ts';
import { briefDuration, briefTime } from './briefTime.ts';
import type { BriefSources } from './briefTypes.ts';

const HOUR = 3_600_000;
/** GDPR Art. 33: the supervisory authority within 72 hours of becoming aware. */
const PERSONAL_DATA_NOTICE_HOURS = 72;
const MAX_ACTIONS = 150;

type Drafted = Omit<BriefItem, 'isNew'>;

const drafted = (text: string, at?: string): Drafted => ({
  text,
  ...(at ? { at } : {}),
  drafted: true,
});

function nameOf(sources: BriefSources, personId: string): string {
  return sources.people.get(personId)?.displayName ?? personId;
}

function playbookState(sources: BriefSources) {
  const attached = sources.incident.playbook;
  if (!attached || !sources.playbook) return undefined;
  return playbookProgress(
    sources.playbook,
    new Date(attached.attachedAt),
    attached.steps,
    sources.now,
  );
}

export function draftSituation(sources: BriefSources): string {
  const { incident, now } = sources;
  const since = briefDuration(now.getTime() - Date.parse(incident.declaredAt));
  const parts = [
    `${incident.reference} — ${incident.title}. ${incident.severity} ${incident.type} incident, ` +
      `${incident.status}, declared ${briefTime(incident.declaredAt)} (${since} ago).`,
  ];
  if (incident.summary.trim()) parts.push(incident.summary.trim());
  if (sources.services.length > 0)
    parts.push(`Services affected: ${sources.services.map((s) => s.name).join(', ')}.`);
  const progress = playbookState(sources);
  if (progress)
    parts.push(
      `Playbook ${sources.incident.playbook?.name}: ${progress.completedSteps} of ${progress.totalSteps} steps done` +
        (progress.overdueSteps > 0 ? `, ${progress.overdueSteps} overdue.` : '.'),
    );
  return parts.join(' ');
}

/** Objectives carry over from the previous brief; a first brief starts from the incident's stage. */
export function draftObjectives(sources: BriefSources): Drafted[] {
  const carried = sources.previous?.objectives.map(({ text, at }) => ({
    text,
    ...(at ? { at } : {}),
    drafted: false,
  }));
  if (carried && carried.length > 0) return carried;
  const { incident, services } = sources;
  const affected = services.length > 0 ? services.map((s) => s.name).join(', ') : 'the service';
  const objectives =
    incident.status === 'mitigated'
      ? ['Confirm the mitigation holds', 'Prepare to resolve and hand over to problem management']
      : [`Restore ${affected} for users`, 'Find and contain the cause'];
  if ((incident.complianceFlags ?? []).length > 0)
    objectives.push(
      `Meet the notification duties raised (${complianceFlagList(incident.complianceFlags ?? [])})`,
    );
  return objectives.map((text) => drafted(text));
}

/** Entries that change the course of the response; the rest stay on the timeline. */
const KEY_KINDS = new Set(['decision', 'status-change', 'role-change', 'playbook-step']);

function isKeyEvent(entry: BriefSources['timeline'][number]): boolean {
  if (entry.starred || KEY_KINDS.has(entry.kind)) return true;
  if (entry.kind === 'note') return entry.actorKind !== 'system';
  return entry.kind === 'escalation' && /acknowledged/i.test(entry.text);
}

/**
 * The key events since the records the brief covers start, oldest first:
 * decisions, status and role changes, playbook steps, acknowledged pages,
 * starred entries and what people wrote — not every reminder and page the
 * node logged. One closing line counts what was left out.
 */
export function draftActions(sources: BriefSources, coversFrom: string): Drafted[] {
  const from = Date.parse(coversFrom);
  const covered = sources.timeline
    .filter((entry) => Date.parse(entry.at) >= from && !entry.text.startsWith('Handoff'))
    .toSorted((a, b) => a.hlc.localeCompare(b.hlc));
  const key = covered.filter(isKeyEvent).slice(-MAX_ACTIONS);
  const actions = key.map((entry) => drafted(entry.text.slice(0, 2000), entry.at));
  const left = covered.length - key.length;
  if (left > 0)
    actions.push(
      drafted(
        `${left} other timeline entr${left === 1 ? 'y' : 'ies'} (reminders, pages, system notes) on the timeline`,
      ),
    );
  return actions;
}

/** Command first, then the deputy, then everyone else in the order they took their roles. */
const ROLE_ORDER = ['incident-commander', 'deputy-incident-commander'];
const roleRank = (role: string) => {
  const rank = ROLE_ORDER.indexOf(role);
  return rank === -1 ? ROLE_ORDER.length : rank;
};

export function draftOrganisation(sources: BriefSources): Omit<OrganisationLine, 'isNew'>[] {
  const roles = (sources.incident.roles ?? []).toSorted(
    (a, b) => roleRank(a.role) - roleRank(b.role),
  );
  return roles.map((assignment) => ({
    role: assignment.role,
    roleLabel: roleLabel(assignment.role, sources.roleLabels),
    personId: assignment.personId,
    name: nameOf(sources, assignment.personId),
  }));
}

function escalationLine(sources: BriefSources, escalation: BriefSources['escalations'][number]) {
  const state = escalation.state as { pagedPersonIds?: string[] };
  const paged = (state.pagedPersonIds ?? []).map((id) => nameOf(sources, id)).join(', ');
  if (escalation.status === 'acknowledged')
    return `Escalation ${escalation.policyName}: acknowledged by ${nameOf(sources, escalation.acknowledgedBy ?? '')}`;
  if (escalation.status === 'active')
    return `Escalation ${escalation.policyName}: paging ${paged || 'the next level'}`;
  return `Escalation ${escalation.policyName}: ${escalation.status}`;
}

export function draftResources(sources: BriefSources): Drafted[] {
  const services = sources.services.map((service) =>
    drafted(`Service ${service.name}` + (service.ownerTeam ? ` — owner ${service.ownerTeam}` : '')),
  );
  const escalations = sources.escalations.map((e) => drafted(escalationLine(sources, e)));
  return [...services, ...escalations];
}

export function draftOpenTasks(sources: BriefSources): Drafted[] {
  const progress = playbookState(sources);
  if (!progress) return [];
  return progress.steps.flatMap((step, index) =>
    step.completedAt === null
      ? [
          drafted(
            `Playbook step ${index + 1} of ${progress.totalSteps}: ${step.title} — ` +
              roleLabel(step.ownerRole, sources.roleLabels),
            step.dueAt.toISOString(),
          ),
        ]
      : [],
  );
}

function personalDataDeadline(sources: BriefSources): Drafted | undefined {
  if (!(sources.incident.complianceFlags ?? []).includes('personalData')) return undefined;
  const deadline = Date.parse(sources.incident.declaredAt) + PERSONAL_DATA_NOTICE_HOURS * HOUR;
  return drafted(
    'Notify the data-protection supervisory authority, or record why not (GDPR Art. 33, 72 h)',
    new Date(deadline).toISOString(),
  );
}

export function draftPendingDecisions(sources: BriefSources): Drafted[] {
  const items: Drafted[] = [];
  const notice = personalDataDeadline(sources);
  if (notice) items.push(notice);
  if (sources.incident.status === 'mitigated')
    items.push(drafted('Decide whether the incident can be resolved'));
  return items;
}

export function draftRisks(sources: BriefSources): Drafted[] {
  const risks: Drafted[] = [];
  for (const escalation of sources.escalations)
    if (escalation.status === 'active')
      risks.push(drafted(`Nobody has acknowledged the ${escalation.policyName} page yet`));
  for (const assignment of sources.incident.roles ?? []) {
    const status = sources.people.get(assignment.personId)?.availability?.status;
    if (status === 'away' || status === 'off-shift')
      risks.push(
        drafted(
          `${roleLabel(assignment.role, sources.roleLabels)} ${nameOf(sources, assignment.personId)} is ${status === 'away' ? 'away' : 'off shift'}`,
        ),
      );
  }
  const overdue = playbookState(sources)?.overdueSteps ?? 0;
  if (overdue > 0)
    risks.push(drafted(`${overdue} playbook step${overdue === 1 ? ' is' : 's are'} overdue`));
  return risks;
}

export function draftNextUpdates(sources: BriefSources): Drafted[] {
  const updates: Drafted[] = [];
  if (sources.shiftEndsAt)
    updates.push(
      drafted(
        `Shift handoff: ${nameOf(sources, sources.outgoingLeadId)} → ${nameOf(sources, sources.incomingLeadId)}`,
        sources.shiftEndsAt,
      ),
    );
  for (const escalation of sources.escalations)
    if (escalation.status === 'active' && escalation.nextDueAt)
      updates.push(drafted(`Escalation ${escalation.policyName} moves on`, escalation.nextDueAt));
  for (const cadence of sources.cadences ?? [])
    updates.push(drafted(`Update to ${cadence.audienceName} due`, cadence.nextDueAt));
  const notice = personalDataDeadline(sources);
  if (notice) updates.push(drafted('Regulatory notification deadline (personal data)', notice.at));
  return updates.toSorted((a, b) => (a.at ?? '').localeCompare(b.at ?? ''));
}
