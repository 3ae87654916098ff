import { Link, useParams } from 'react-router-dom';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useIncident, usePerson } from '../../app/db/lanternQueries.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';
import { IncidentCommandPanels } from '../command/IncidentCommandPanels.tsx';
import { OverdueUpdatesLink } from '../communications/OverdueUpdatesLink.tsx';
import { ExerciseIncidentNotice } from '../exercises/ExerciseIncidentNotice.tsx';
import { HandoffLink } from '../handoffs/HandoffLink.tsx';
import { VendorsLink } from '../ownership/VendorsLink.tsx';
import { ObligationsLink } from '../compliance/ObligationsLink.tsx';
import { IncidentTimeline } from '../timeline/IncidentTimeline.tsx';
import { useTimeFormat } from '../time/useTimeFormat.ts';
import { ElapsedClock } from './ElapsedClock.tsx';
import { incidentTypeLabel } from './incidentOptions.ts';
import { ImpactStart } from './ImpactStart.tsx';
import { ResponseTimesFacts } from './ResponseTimesFacts.tsx';

/** One incident: where it stands, its command panels and its live timeline. */
export function IncidentView() {
  const { dateTime } = useTimeFormat();
  const { incidentId } = useParams();
  const { bridge } = useLantern();
  const { incident, loading } = useIncident(incidentId);
  const { document: declarer } = usePerson(incident?.declaredBy ?? null);
  if (loading) return null;
  if (!incident)
    return (
      <EmptyState title="Incident not found">It may not have synced to this node yet.</EmptyState>
    );
  return (
    <article className="incident-view" aria-labelledby="incident-title">
      <header className="incident-header">
        <div className="incident-header-tags">
          <SeverityBadge severity={incident.severity} withLabel />
          <StatusPill status={incident.status} />
          {incident.exercise ? <ExerciseMarker /> : null}
          <span className="incident-reference">{incident.reference}</span>
          <OverdueUpdatesLink incidentId={incident.id} />
        </div>
        <ExerciseIncidentNotice incident={incident} />
        <h1 id="incident-title" className="page-title">
          {incident.title}
        </h1>
        <dl className="incident-facts">
          <div>
            <dt>Type</dt>
            <dd>{incidentTypeLabel(incident.type)}</dd>
          </div>
          <div>
            <dt>Declared</dt>
            <dd>
              {dateTime(incident.declaredAt)} by {declarer?.displayName ?? incident.declaredBy}
            </dd>
          </div>
          <div>
            <dt>Impact started</dt>
            <dd>
              <ImpactStart incident={incident} readOnly={bridge.readOnly} />
            </dd>
          </div>
          <div>
            <dt>{incident.resolvedAt ? 'Lasted' : 'Running for'}</dt>
            <dd>
              <ElapsedClock
                since={incident.declaredAt}
                until={incident.resolvedAt}
                testId="incident-elapsed"
              />
            </dd>
          </div>
          <ResponseTimesFacts incident={incident} />
        </dl>
        {incident.resolutionSummary ? (
          <p className="incident-summary" data-testid="resolution-summary">
            <strong>Resolution:</strong> {incident.resolutionSummary}
          </p>
        ) : null}
        {incident.parentId ? (
          <p className="incident-parent">
            Sub-incident for {incident.area} of{' '}
            <Link to={`/incidents/${incident.parentId}`}>the parent incident</Link>
          </p>
        ) : null}
        {incident.summary ? <p className="incident-summary">{incident.summary}</p> : null}
        <HandoffLink incidentId={incident.id} />
        <VendorsLink incidentId={incident.id} />
        <ObligationsLink incident={incident} />
      </header>
      <div className="incident-body">
        <IncidentCommandPanels incident={incident} readOnly={bridge.readOnly} />
        <IncidentTimeline incidentId={incident.id} readOnly={bridge.readOnly} />
      </div>
    </article>
  );
}
