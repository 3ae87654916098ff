import { useMemo } from 'react';
import { ACTIVE_STATUSES } from '../../../../shared/domain/incident.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import type { PersonDoc } from '../../../../shared/schema/person.ts';
import { useLiveDocument, useLiveQuery } from './useLiveQuery.ts';

/** Reactive reads the screens share. Sorting and picking live in feature selectors. */
export function useWorkspace() {
  const { documents, loading } = useLiveQuery('workspaces', { selector: {}, limit: 1 });
  return { workspace: documents[0], loading };
}

export function usePeople() {
  return useLiveQuery('people', { selector: {}, sort: [{ id: 'asc' }] });
}

export function usePeopleById(): ReadonlyMap<string, PersonDoc> {
  const { documents } = usePeople();
  return useMemo(() => new Map(documents.map((person) => [person.id, person])), [documents]);
}

export function usePerson(personId: string | null) {
  return useLiveDocument('people', personId ?? undefined);
}

export function useIncidents(scope: 'active' | 'all') {
  const selector = scope === 'active' ? { status: { $in: [...ACTIVE_STATUSES] } } : {};
  return useLiveQuery('incidents', { selector, sort: [{ declaredAt: 'desc' }] });
}

export function useIncident(incidentId: string | undefined): {
  incident: IncidentDoc | undefined;
  loading: boolean;
} {
  const { document, loading } = useLiveDocument('incidents', incidentId);
  return { incident: document, loading };
}

/** An incident's timeline in hybrid-logical-clock order (the order peers agree on). */
export function useTimeline(incidentId: string | undefined) {
  return useLiveQuery('timeline', {
    selector: { incidentId: incidentId ?? '' },
    sort: [{ hlc: 'asc' }],
  });
}
