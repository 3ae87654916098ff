import type { IncidentStatus } from '../../../shared/domain/incident.ts';

const STATUS_LABELS: Record<IncidentStatus, string> = {
  declared: 'Declared',
  investigating: 'Investigating',
  mitigated: 'Mitigated',
  resolved: 'Resolved',
  closed: 'Closed',
};

export function StatusPill({ status }: { status: IncidentStatus }) {
  return <span className={`status-pill status-${status}`}>{STATUS_LABELS[status]}</span>;
}
