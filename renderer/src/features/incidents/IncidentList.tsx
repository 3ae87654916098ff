import { NavLink } from 'react-router-dom';
import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useIncidents } from '../../app/db/lanternQueries.ts';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { ExerciseMarker } from '../../ui/ExerciseMarker.tsx';
import { SeverityBadge } from '../../ui/SeverityBadge.tsx';
import { StatusPill } from '../../ui/StatusPill.tsx';
import { DeclareIncidentButton } from './DeclareIncidentButton.tsx';
import { ElapsedClock } from './ElapsedClock.tsx';
import { sortIncidentsForConsole } from './incidentSelectors.ts';
import { listFilterChanged, selectListFilter, type IncidentListFilter } from './incidentsSlice.ts';

const FILTERS: { value: IncidentListFilter; label: string }[] = [
  { value: 'active', label: 'Active' },
  { value: 'all', label: 'All' },
];

function IncidentListItem({ incident }: { incident: IncidentDoc }) {
  return (
    <li>
      <NavLink to={`/incidents/${incident.id}`} className="incident-row" data-testid="incident-row">
        <span className="incident-row-top">
          <SeverityBadge severity={incident.severity} />
          {incident.exercise ? <ExerciseMarker /> : null}
          <span className="incident-row-reference">{incident.reference}</span>
        </span>
        <span className="incident-row-title">{incident.title}</span>
        <span className="incident-row-bottom">
          <StatusPill status={incident.status} />
          <ElapsedClock
            since={incident.declaredAt}
            until={incident.resolvedAt}
            className="incident-row-elapsed"
          />
        </span>
      </NavLink>
    </li>
  );
}

/** Active incidents first, most severe at the top; live as peers declare and update. */
export function IncidentList() {
  const dispatch = useAppDispatch();
  const filter = useAppSelector(selectListFilter);
  const { documents, loading } = useIncidents(filter);
  const incidents = sortIncidentsForConsole(documents);
  return (
    <nav className="incident-list" aria-label="Incidents">
      <div className="incident-list-header">
        <h2 className="section-title">Incidents</h2>
        <div className="segmented" role="group" aria-label="Show incidents">
          {FILTERS.map((option) => (
            <button
              key={option.value}
              type="button"
              aria-pressed={filter === option.value}
              onClick={() => dispatch(listFilterChanged(option.value))}
            >
              {option.label}
            </button>
          ))}
        </div>
      </div>
      <div className="incident-list-declare">
        <DeclareIncidentButton />
      </div>
      {!loading && incidents.length === 0 ? (
        <EmptyState title={filter === 'active' ? 'No active incidents' : 'No incidents yet'}>
          All quiet. Declare one when something breaks.
        </EmptyState>
      ) : (
        <ul className="incident-rows">
          {incidents.map((incident) => (
            <IncidentListItem key={incident.id} incident={incident} />
          ))}
        </ul>
      )}
    </nav>
  );
}
