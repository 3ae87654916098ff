import { INCIDENT_TYPES, type IncidentType } from '../../../../shared/domain/incident.ts';
import { SEVERITIES, SEVERITY_LABELS } from '../../../../shared/domain/severity.ts';
import type { SelectOption } from '../../ui/Field.tsx';

export const INCIDENT_TYPE_LABELS: Record<IncidentType, string> = {
  availability: 'Availability',
  performance: 'Performance',
  'security-breach': 'Security breach',
  'personal-data-breach': 'Personal data breach',
  'vendor-outage': 'Vendor outage',
  facilities: 'Facilities',
  'data-integrity': 'Data integrity',
  other: 'Other',
};

export const SEVERITY_OPTIONS: readonly SelectOption[] = SEVERITIES.map((severity) => ({
  value: severity,
  label: `${severity} · ${SEVERITY_LABELS[severity]}`,
}));

export const TYPE_OPTIONS: readonly SelectOption[] = INCIDENT_TYPES.map((type) => ({
  value: type,
  label: INCIDENT_TYPE_LABELS[type],
}));

export function incidentTypeLabel(type: string): string {
  return INCIDENT_TYPE_LABELS[type as IncidentType] ?? type;
}
