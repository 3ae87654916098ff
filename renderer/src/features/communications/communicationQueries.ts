import { useMemo } from 'react';
import {
  parseAudience,
  parseCommunicationTemplate,
  type Audience,
  type CommunicationTemplate,
} from '../../../../shared/communications/configSchemas.ts';
import { useFrameworks } from '../../app/db/commandQueries.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';

export function useIncidentCommunications(incidentId: string | undefined) {
  const { documents, loading } = useLiveQuery('communications', {
    selector: { incidentId: incidentId ?? '' },
    sort: [{ createdAt: 'asc' }],
  });
  return useMemo(
    () => ({
      loading,
      messages: documents.filter((d) => d.kind === 'message'),
      cadences: documents.filter((d) => d.kind === 'cadence'),
    }),
    [documents, loading],
  );
}

export function useCommunicationLog(incidentId: string) {
  return useLiveQuery('communicationLog', { selector: { incidentId }, sort: [{ hlc: 'asc' }] });
}

function parsed<T>(parse: (input: unknown) => T, definition: unknown): T[] {
  try {
    return [parse(definition)];
  } catch {
    return []; // the node refuses invalid definitions; a stale one is skipped, not fatal
  }
}

/** Adopted audiences and templates, read from the frameworks collection. */
export function useCommunicationConfig(): {
  audiences: Audience[];
  templates: CommunicationTemplate[];
} {
  const { documents } = useFrameworks();
  return useMemo(
    () => ({
      audiences: documents
        .filter((d) => d.kind === 'audience')
        .flatMap((d) => parsed(parseAudience, d.definition)),
      templates: documents
        .filter((d) => d.kind === 'communicationTemplate')
        .flatMap((d) => parsed(parseCommunicationTemplate, d.definition)),
    }),
    [documents],
  );
}
