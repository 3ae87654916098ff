import { z } from 'zod';
import { ALERT_SEVERITIES, ALERT_STATUSES, alertLinkShape } from '../../schema/alert.ts';
import { MAX_ALERTS_PER_REQUEST, type AlertAdapter } from './adapter.ts';
import { AlertPayloadError, compact, isoTimeAt, objectAt, stableKey } from './payload.ts';

const shortText = z.string().max(256);

/** The normalised schema itself, with defaults for what a simple sender leaves out. */
const genericAlert = z.object({
  dedupKey: z.string().min(1).max(256).optional(),
  sourceEventId: shortText.optional(),
  status: z.enum(ALERT_STATUSES).default('firing'),
  severity: z.enum(ALERT_SEVERITIES).default('warning'),
  summary: z.string().trim().min(1).max(1024),
  service: shortText.optional(),
  component: shortText.optional(),
  group: shortText.optional(),
  class: shortText.optional(),
  labels: z.record(z.string().max(256), z.string().max(1024)).default({}),
  startsAt: z.unknown().optional(),
  endsAt: z.unknown().optional(),
  links: z.array(alertLinkShape).max(20).default([]),
});

/**
 * The generic format for anything else: one alert in Lantern's normalised
 * shape (docs/alerts.md), or `{ "alerts": [...] }`. Unknown fields are ignored.
 */
export const genericAdapter: AlertAdapter = (body, receivedAt) => {
  const envelope = objectAt(body);
  if (!envelope) throw new AlertPayloadError('', 'must be a JSON object');
  const list = Array.isArray(envelope.alerts) ? envelope.alerts : [envelope];
  if (list.length > MAX_ALERTS_PER_REQUEST)
    throw new AlertPayloadError('alerts', `at most ${MAX_ALERTS_PER_REQUEST} alerts per request`);
  return {
    kind: 'alerts',
    alerts: list.map((item, index) => {
      const parsed = genericAlert.safeParse(item);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const path = [
          ...(list === envelope.alerts ? ['alerts', index] : []),
          ...(issue?.path ?? []),
        ];
        throw new AlertPayloadError(path.join('.'), issue?.message ?? 'is not valid');
      }
      const { startsAt, endsAt, dedupKey, ...alert } = parsed.data;
      return compact({
        source: 'generic' as const,
        ...alert,
        dedupKey: dedupKey ?? stableKey(alert.summary, alert.service, alert.component),
        startsAt: isoTimeAt(startsAt, receivedAt),
        endsAt: endsAt === undefined ? undefined : isoTimeAt(endsAt, receivedAt),
        raw: item,
      });
    }),
  };
};
