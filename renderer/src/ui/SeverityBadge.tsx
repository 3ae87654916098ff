import { SEVERITY_LABELS, type Severity } from '../../../shared/domain/severity.ts';

export interface SeverityBadgeProps {
  severity: Severity;
  /** Show "SEV1 · Critical" rather than just "SEV1". */
  withLabel?: boolean;
}

export function SeverityBadge({ severity, withLabel = false }: SeverityBadgeProps) {
  return (
    <span
      className={`severity-badge severity-${severity.toLowerCase()}`}
      title={`${severity}: ${SEVERITY_LABELS[severity]}`}
    >
      {severity}
      {withLabel ? <span className="severity-badge-label">{SEVERITY_LABELS[severity]}</span> : null}
    </span>
  );
}
