import { useMemo } from 'react';
import { parseCommandStructureConfig } from '../../../../shared/authority/index.ts';
import type { CommandStructureConfig } from '../../../../shared/authority/index.ts';
import type { FrameworkDoc } from '../../../../shared/schema/framework.ts';
import type { ServiceUnit } from '../../../../shared/schema/organisationUnit.ts';
import { useLiveQuery } from './useLiveQuery.ts';

/** Reactive reads for the incident-command screens (frameworks, decisions, escalations). */
export function useFrameworks() {
  return useLiveQuery('frameworks', { selector: {}, sort: [{ id: 'asc' }] });
}

/** Services of the organisation (ownership matrix), by name. */
export function useServices(): readonly ServiceUnit[] {
  const { documents } = useLiveQuery('organisation', {
    selector: { kind: 'service' },
    sort: [{ name: 'asc' }],
  });
  return documents as readonly ServiceUnit[];
}

/** The adopted command structure, or undefined (roles then use the default labels). */
export function useCommandStructure(): CommandStructureConfig | undefined {
  const { documents } = useFrameworks();
  return useMemo(() => {
    const doc: FrameworkDoc | undefined = documents.find((d) => d.kind === 'commandStructure');
    if (!doc) return undefined;
    try {
      return parseCommandStructureConfig(doc.definition);
    } catch {
      return undefined;
    }
  }, [documents]);
}

export function useDecisions(incidentId: string) {
  return useLiveQuery('decisions', { selector: { incidentId }, sort: [{ hlc: 'asc' }] });
}

export function useEscalations(incidentId: string | undefined) {
  return useLiveQuery('escalations', {
    selector: { incidentId: incidentId ?? '' },
    sort: [{ startedAt: 'desc' }],
  });
}

export function useSubIncidents(parentId: string) {
  return useLiveQuery('incidents', { selector: { parentId }, sort: [{ declaredAt: 'asc' }] });
}

/** The newest `count` timeline entries of an incident, newest first (walls never load the whole log). */
export function useLatestTimeline(incidentId: string | undefined, count: number) {
  return useLiveQuery('timeline', {
    selector: { incidentId: incidentId ?? '' },
    sort: [{ hlc: 'desc' }],
    limit: count,
  });
}
