import { useMemo } from 'react';
import { readyToResolve, resolveReadiness } from '../../../../shared/incidents/resolveReadiness.ts';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useEscalations, useFrameworks } from '../../app/db/commandQueries.ts';
import {
  useCommunicationConfig,
  useIncidentCommunications,
} from '../communications/communicationQueries.ts';
import { useNow } from '../incidents/useNow.ts';
import { FinalUpdates } from './FinalUpdates.tsx';
import { progressOf } from './PlaybookSection.tsx';

function CheckList({ title, items }: { title: string; items: readonly string[] }) {
  if (items.length === 0) return null;
  return (
    <div className="resolve-check">
      <h3 className="resolve-check-title">
        {title} ({items.length})
      </h3>
      <ul>
        {items.map((item, index) => (
          <li key={`${index}-${item}`}>{item}</li>
        ))}
      </ul>
    </div>
  );
}

/**
 * What resolving would leave behind — open playbook steps, updates not
 * delivered or overdue, pages nobody acknowledged — and the final update
 * to each audience. Resolving is still allowed: the person decides.
 */
export function ResolveChecks({ incident }: { incident: IncidentDoc }) {
  const now = useNow(15_000);
  const { documents: frameworks } = useFrameworks();
  const { documents: escalations } = useEscalations(incident.id);
  const { messages, cadences } = useIncidentCommunications(incident.id);
  const { audiences } = useCommunicationConfig();
  const readiness = useMemo(
    () =>
      resolveReadiness({
        steps: progressOf(incident, frameworks, now)?.steps ?? [],
        communications: [...messages, ...cadences],
        escalations,
        now: new Date(now),
      }),
    [incident, frameworks, now, messages, cadences, escalations],
  );
  const audienceName = (id: string) => audiences.find((a) => a.id === id)?.name ?? id;
  return (
    <section
      className="resolve-checks"
      aria-label="Before you resolve"
      data-testid="resolve-checks"
    >
      <h2 className="section-title">Before you resolve</h2>
      {readyToResolve(readiness) ? (
        <p className="muted">
          Nothing left open: every playbook step is done, every update delivered and every page
          acknowledged.
        </p>
      ) : (
        <>
          <CheckList title="Playbook steps still open" items={readiness.openSteps} />
          <CheckList
            title="Updates not delivered"
            items={readiness.openUpdates.map(
              (u) => `${u.subject} to ${audienceName(u.audienceId)}: ${u.state}`,
            )}
          />
          <CheckList
            title="Updates overdue"
            items={readiness.overdueAudienceIds.map((id) => audienceName(id))}
          />
          <CheckList
            title="Pages not acknowledged"
            items={readiness.unacknowledgedPages.map((name) => `${name}: still paging`)}
          />
        </>
      )}
      <FinalUpdates incidentId={incident.id} audiences={audiences} messages={messages} />
    </section>
  );
}
