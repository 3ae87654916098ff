import { Link, useParams } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useIncident } from '../../app/db/lanternQueries.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';
import { useNow } from '../incidents/useNow.ts';
import { CadencePanel } from './CadencePanel.tsx';
import { CommunicationLog } from './CommunicationLog.tsx';
import { DraftComposer } from './DraftComposer.tsx';
import { MessageCard } from './MessageCard.tsx';
import {
  useCommunicationConfig,
  useCommunicationLog,
  useIncidentCommunications,
} from './communicationQueries.ts';

/** Stakeholder communications of one incident: cadence, drafts, approvals, sending, delivery and the log. */
export function CommunicationsScreen() {
  const { incidentId } = useParams();
  const { bridge } = useLantern();
  const { incident, loading } = useIncident(incidentId);
  const { messages, cadences } = useIncidentCommunications(incidentId);
  const { audiences, templates } = useCommunicationConfig();
  const log = useCommunicationLog(incidentId ?? '');
  const now = useNow(15_000);
  if (loading) return null;
  if (!incident)
    return (
      <EmptyState title="Incident not found">It may not have synced to this node yet.</EmptyState>
    );
  const readOnly = bridge.readOnly || incident.status === 'closed';
  const newestFirst = [...messages].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <article className="comms-screen" aria-labelledby="comms-title">
      <header className="incident-header">
        <div className="incident-header-tags">
          <SeverityBadge severity={incident.severity} withLabel />
          <StatusPill status={incident.status} />
          {incident.exercise ? <ExerciseMarker /> : null}
          <Link className="incident-reference" to={`/incidents/${incident.id}`}>
            {incident.reference}
          </Link>
        </div>
        <h1 id="comms-title" className="page-title">
          Communications — {incident.title}
        </h1>
        {incident.exercise ? (
          <p className="muted">
            Exercise: nothing is sent to any external channel; deliveries are suppressed.
          </p>
        ) : null}
      </header>
      <div className="comms-layout">
        <div className="comms-main">
          {readOnly ? null : (
            <DraftComposer
              incident={incident}
              audiences={audiences}
              templates={templates}
              cadences={cadences}
            />
          )}
          <section aria-label="Updates" className="comms-messages">
            {newestFirst.length === 0 ? <p className="muted">No updates drafted yet.</p> : null}
            {newestFirst.map((message) => (
              <MessageCard
                key={message.id}
                message={message}
                audience={audiences.find((a) => a.id === message.audienceId)}
                readOnly={readOnly}
                discussion={log.documents.filter(
                  (e) => e.communicationId === message.id && e.comment !== undefined,
                )}
              />
            ))}
          </section>
        </div>
        <aside className="comms-side">
          <CadencePanel
            incident={incident}
            cadences={cadences}
            audiences={audiences}
            now={now}
            readOnly={readOnly}
          />
          <CommunicationLog incident={incident} />
        </aside>
      </div>
    </article>
  );
}
