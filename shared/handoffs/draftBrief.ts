import { carriedLines, describeChanges, markNew, markNewRoles } from './briefChanges.ts';
import type { BriefSources, DraftedBrief, ListSection } from './briefTypes.ts';
import {
  draftActions,
  draftNextUpdates,
  draftObjectives,
  draftOpenTasks,
  draftOrganisation,
  draftPendingDecisions,
  draftResources,
  draftRisks,
  draftSituation,
} from './draftSections.ts';

/** Records since the last acknowledged handover, or since the declaration for the first brief. */
export function coversFromOf(sources: Pick<BriefSources, 'incident' | 'previous'>): string {
  const previous = sources.previous;
  return previous?.acknowledgedAt ?? previous?.submittedAt ?? sources.incident.declaredAt;
}

/**
 * Draft an ICS 201 brief from the incident's records: the drafted lines of
 * each section, the lead's own lines from the previous brief carried over,
 * every line not in the previous brief marked new, and what changed in words.
 */
export function draftBrief(sources: BriefSources): DraftedBrief {
  const previous = sources.previous;
  const coversFrom = coversFromOf(sources);
  const withCarried = (section: ListSection, fresh: ReturnType<typeof draftResources>) =>
    markNew([...fresh, ...carriedLines(previous, section)], previous?.[section]);
  const sections = {
    situation: draftSituation(sources),
    objectives: markNew(draftObjectives(sources), previous?.objectives),
    // Every action since the last brief is new to the incoming lead.
    actions: draftActions(sources, coversFrom).map((item) => ({
      ...item,
      isNew: previous !== undefined,
    })),
    organisation: markNewRoles(draftOrganisation(sources), previous?.organisation),
    resources: withCarried('resources', draftResources(sources)),
    openTasks: withCarried('openTasks', draftOpenTasks(sources)),
    pendingDecisions: withCarried('pendingDecisions', draftPendingDecisions(sources)),
    risks: withCarried('risks', draftRisks(sources)),
    nextUpdates: withCarried('nextUpdates', draftNextUpdates(sources)),
    note: '',
  };
  return {
    ...sections,
    changes: describeChanges(sources.incident, sections, previous),
    coversFrom,
  };
}
