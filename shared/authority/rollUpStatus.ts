import { INCIDENT_STATUSES, type IncidentStatus } from '../domain/incident.ts';
import type { Severity } from '../domain/severity.ts';
import { mostSevere } from '../classification/severityMatrix.ts';
import { describeScope, type SubIncident } from './subIncident.ts';

export interface RolledUpStatus {
  /** The least-advanced status of any sub-incident: the area is only as resolved as its worst part. */
  status: IncidentStatus;
  /** The most severe of the parent and its sub-incidents. */
  severity: Severity;
  byStatus: Record<IncidentStatus, number>;
  /** Sub-incidents not yet resolved or closed. */
  openSubIncidentIds: string[];
  /** The parent may be resolved or closed only when every sub-incident is. */
  canResolve: boolean;
  /** Why not, one line per open sub-incident. */
  blockers: string[];
}

const progress = (status: IncidentStatus) => INCIDENT_STATUSES.indexOf(status);

/** The area commander's view: one status and severity for the parent from its sub-incidents. */
export function rollUpStatus(
  parent: { status: IncidentStatus; severity: Severity },
  subIncidents: readonly SubIncident[],
): RolledUpStatus {
  const byStatus = Object.fromEntries(INCIDENT_STATUSES.map((s) => [s, 0])) as Record<
    IncidentStatus,
    number
  >;
  let status: IncidentStatus = subIncidents.length === 0 ? parent.status : 'closed';
  let severity = parent.severity;
  for (const sub of subIncidents) {
    byStatus[sub.status] += 1;
    if (progress(sub.status) < progress(status)) status = sub.status;
    severity = mostSevere(severity, sub.severity);
  }
  const open = subIncidents.filter((sub) => progress(sub.status) < progress('resolved'));
  return {
    status,
    severity,
    byStatus,
    openSubIncidentIds: open.map((sub) => sub.id),
    canResolve: open.length === 0,
    blockers: open.map((sub) => `${describeScope(sub)} is still ${sub.status} (${sub.severity})`),
  };
}
