import type { IncidentDoc } from '../../../../shared/schema/incident.ts';
import { useLiveQuery } from '../../app/db/useLiveQuery.ts';
import { cadenceViews } from '../communications/communicationView.ts';
import { useNow } from '../incidents/useNow.ts';

/** Shown on every wall panel while any active incident has a stakeholder update overdue. */
export function OverdueUpdatesBanner({ incidents }: { incidents: readonly IncidentDoc[] }) {
  const { documents } = useLiveQuery('communications', { selector: { kind: 'cadence' } });
  const now = useNow(15_000);
  const active = new Set(incidents.map((i) => i.id));
  const overdue = cadenceViews(
    documents.filter((c) => active.has(c.incidentId)),
    new Date(now),
  ).filter((v) => v.status === 'overdue');
  if (overdue.length === 0) return null;
  const references = [
    ...new Set(overdue.map((v) => incidents.find((i) => i.id === v.cadence.incidentId)?.reference)),
  ];
  return (
    <div className="wall-overdue-banner" role="status" data-testid="wall-overdue-updates">
      {overdue.length} stakeholder update{overdue.length === 1 ? '' : 's'} overdue —{' '}
      {references.join(', ')}
    </div>
  );
}
