export const INCIDENT_STATUSES = [
  'declared',
  'investigating',
  'mitigated',
  'resolved',
  'closed',
] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** Incidents that still need people on them. */
export const ACTIVE_STATUSES: readonly IncidentStatus[] = [
  'declared',
  'investigating',
  'mitigated',
];

export const INCIDENT_TYPES = [
  'availability',
  'performance',
  'security-breach',
  'personal-data-breach',
  'vendor-outage',
  'facilities',
  'data-integrity',
  'other',
] as const;
export type IncidentType = (typeof INCIDENT_TYPES)[number];

export const TIMELINE_KINDS = [
  'note',
  'status-change',
  'role-change',
  'decision',
  'escalation',
  'playbook-step',
  'system',
] as const;
export type TimelineKind = (typeof TIMELINE_KINDS)[number];
