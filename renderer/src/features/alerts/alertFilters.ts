import type {
  AlertDoc,
  AlertSeverity,
  AlertSource,
  AlertStatus,
} from '../../../../shared/schema/alert.ts';
import type { KindQuery } from '../../../../shared/store/kindQuery.ts';

export interface AlertFilters {
  status: AlertStatus | '';
  severity: AlertSeverity | '';
  source: AlertSource | '';
  service: string;
  /** Alerts opened inside a maintenance window: hidden by default, never dropped. */
  maintenance: 'hide' | 'only' | 'all';
}

export const NO_FILTERS: AlertFilters = {
  status: '',
  severity: '',
  source: '',
  service: '',
  maintenance: 'hide',
};

/** Rows the list shows at most; the newest first. */
export const ALERT_LIST_LIMIT = 200;

/**
 * The live query of the alert list: newest first by the last event, the
 * chosen filters as exact matches (status through its index, the rest on
 * the rows of that range).
 */
export function alertListQuery(filters: AlertFilters): KindQuery<AlertDoc> {
  const selector: Record<string, unknown> = { lastSeenAt: { $gt: '' } };
  if (filters.status) selector.status = filters.status;
  if (filters.severity) selector.severity = filters.severity;
  if (filters.source) selector.source = filters.source;
  if (filters.service.trim()) selector.service = filters.service.trim();
  if (filters.maintenance !== 'all')
    selector.suppressedBy = { $exists: filters.maintenance === 'only' };
  return {
    selector: selector as KindQuery<AlertDoc>['selector'],
    sort: [{ lastSeenAt: 'desc' }],
    limit: ALERT_LIST_LIMIT,
  };
}

/** "14:02:07 CET": times on screen carry their zone. */
export function formatAlertTime(iso: string): string {
  // dateStyle/timeStyle cannot be combined with timeZoneName: the parts are named one by one.
  return new Date(iso).toLocaleString([], {
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    hourCycle: 'h23',
    timeZoneName: 'short',
  });
}
