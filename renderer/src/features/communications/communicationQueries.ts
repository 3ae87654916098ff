import { useMemo } from 'react';
import {
  parseApprovalPolicy,
  parseAudience,
  parseCommunicationTemplate,
  type Audience,
  type CommunicationTemplate,
} from '../../../../shared/communications/configSchemas.ts';
import { useFrameworks } from '../../app/db/commandQueries.ts';
import { usePerson } from '../../app/db/lanternQueries.ts';
import { useAppSelector } from '../../app/store/hooks.ts';
import { selectCurrentPersonId } from '../session/sessionSlice.ts';
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

/**
 * The approver roles of a policy that the person at this keyboard may act
 * for (member of the role's teams, or named). The node checks again.
 */
export function useMyApproverRoles(policyId: string | undefined): string[] {
  const { documents } = useFrameworks();
  const personId = useAppSelector(selectCurrentPersonId);
  const { document: person } = usePerson(personId);
  return useMemo(() => {
    const doc = documents.find(
      (d) => d.kind === 'approvalPolicy' && d.id === `approval-${policyId}`,
    );
    const policy = doc ? parsed(parseApprovalPolicy, doc.definition)[0] : undefined;
    if (!policy || !personId) return [];
    return policy.approvers
      .filter(
        (a) =>
          a.personIds.includes(personId) ||
          (person?.teamId !== undefined && a.teamIds.includes(person.teamId)),
      )
      .map((a) => a.id);
  }, [documents, policyId, personId, person]);
}
