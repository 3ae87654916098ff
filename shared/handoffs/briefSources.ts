import { roleLabelsOf } from '../authority/index.ts';
import type { CommandReads } from '../commands/command.ts';
import { adoptedAudiences } from '../communications/communicationReads.ts';
import { commandStructureOrUndefined } from '../framework/frameworkReads.ts';
import { rotationFromDefinition } from '../oncall/fromRotationDefinition.ts';
import type { OnCallRotation } from '../oncall/index.ts';
import type { HandoffDoc } from '../schema/handoff.ts';
import type { IncidentDoc } from '../schema/incident.ts';
import type { OrganisationUnitDoc } from '../schema/organisationUnit.ts';
import type { BriefSources, ServiceLine } from './briefTypes.ts';

/** The incident's briefs, oldest first. */
export async function briefsOf(reads: CommandReads, incidentId: string): Promise<HandoffDoc[]> {
  const briefs = await reads.find('handoffs', { incidentId });
  return briefs.toSorted((a, b) => a.number - b.number);
}

/** The last brief that was handed over (acknowledged): the next one covers what happened since. */
export function lastAcknowledged(briefs: readonly HandoffDoc[]): HandoffDoc | undefined {
  return briefs.filter((b) => b.status === 'acknowledged').at(-1);
}

async function servicesOf(reads: CommandReads, incident: IncidentDoc): Promise<ServiceLine[]> {
  const lines: ServiceLine[] = [];
  for (const id of incident.serviceIds ?? []) {
    const unit = await reads.get('organisation', id);
    if (!unit?.service) continue;
    const team = await reads.get('organisation', unit.service.ownerTeamId);
    lines.push({ id, name: unit.name, ...(team ? { ownerTeam: team.name } : {}) });
  }
  return lines;
}

/** Stored rotation units as schedules; one that does not parse is left out rather than failing a handoff. */
export function rotationsFromUnits(units: readonly OrganisationUnitDoc[]): OnCallRotation[] {
  return units.flatMap((unit) => {
    if (!unit.rotation) return [];
    try {
      return [rotationFromDefinition({ id: unit.id, name: unit.name, ...unit.rotation })];
    } catch {
      return [];
    }
  });
}

/** Every on-call rotation of the organisation, as schedules. */
export async function rotationsOf(reads: CommandReads): Promise<OnCallRotation[]> {
  return rotationsFromUnits(await reads.find('organisation', { kind: 'rotation' }));
}

/** Read what drafting a brief of the incident needs. */
export async function gatherBriefSources(
  reads: CommandReads,
  incident: IncidentDoc,
  leads: { outgoingLeadId: string; incomingLeadId: string; shiftEndsAt?: string },
  now: Date,
): Promise<BriefSources> {
  const [timeline, decisions, escalations, people, briefs, structure] = await Promise.all([
    reads.find('timeline', { incidentId: incident.id }),
    reads.find('decisions', { incidentId: incident.id }),
    reads.find('escalations', { incidentId: incident.id }),
    reads.find('people', {}),
    briefsOf(reads, incident.id),
    commandStructureOrUndefined(reads),
  ]);
  const playbookDoc = incident.playbook
    ? await reads.get('frameworks', incident.playbook.frameworkId)
    : undefined;
  const previous = lastAcknowledged(briefs);
  const cadences = await cadencesOf(reads, incident.id);
  return {
    incident,
    timeline,
    decisions,
    escalations: escalations.toSorted((a, b) => a.startedAt.localeCompare(b.startedAt)),
    ...(playbookDoc?.playbook
      ? { playbook: { id: playbookDoc.id, name: playbookDoc.name, ...playbookDoc.playbook } }
      : {}),
    ...(previous ? { previous } : {}),
    people: new Map(people.map((p) => [p.id, p])),
    roleLabels: structure ? roleLabelsOf(structure) : {},
    services: await servicesOf(reads, incident),
    ...leads,
    cadences,
    now,
  };
}

/** Each running update cadence's next due time, named by its audience. */
async function cadencesOf(reads: CommandReads, incidentId: string) {
  const running = (await reads.find('communications', { incidentId, kind: 'cadence' })).filter(
    (c) => !c.stopped && c.nextDueAt,
  );
  if (running.length === 0) return [];
  const audiences = await adoptedAudiences(reads);
  return running.map((c) => ({
    audienceName: audiences.find((a) => a.id === c.audienceId)?.name ?? c.audienceId,
    nextDueAt: c.nextDueAt ?? '',
  }));
}
