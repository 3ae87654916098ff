import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** The monitoring tools Lantern takes alerts from (`source` of an integration). */
export const ALERT_SOURCES = [
  'alertmanager',
  'grafana',
  'pagerduty',
  'datadog',
  'cloudwatch',
  'azure',
  'opsgenie',
  'zabbix',
  'nagios',
  'generic',
] as const;
export type AlertSource = (typeof ALERT_SOURCES)[number];

/** An alert's state, modelled on PagerDuty's event actions (trigger, acknowledge, resolve). */
export const ALERT_STATUSES = ['firing', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof ALERT_STATUSES)[number];

/** PD-CEF's severity scale, most severe first; each adapter maps its tool's scale onto it. */
export const ALERT_SEVERITIES = ['critical', 'error', 'warning', 'info'] as const;
export type AlertSeverity = (typeof ALERT_SEVERITIES)[number];

const shortText = z.string().max(256);
export const alertLinkShape = z.strictObject({
  href: z.string().max(2048),
  text: z.string().max(256).optional(),
});

/**
 * One alert event as an adapter reads it from a tool's payload, before
 * deduplication: what every source has in common (docs/alerts.md).
 */
export const normalisedAlertShape = z.strictObject({
  source: z.enum(ALERT_SOURCES),
  /** The tool's own id of this event or alert, when it sends one. */
  sourceEventId: shortText.optional(),
  /** Events with the same key (within one integration) are one alert. */
  dedupKey: z.string().min(1).max(256),
  status: z.enum(ALERT_STATUSES),
  severity: z.enum(ALERT_SEVERITIES),
  /** The tool's own severity word or number, as sent. */
  sourceSeverity: shortText.optional(),
  summary: z.string().min(1).max(1024),
  service: shortText.optional(),
  component: shortText.optional(),
  group: shortText.optional(),
  class: shortText.optional(),
  labels: z.record(z.string().max(256), z.string().max(1024)),
  startsAt: isoTimeField,
  endsAt: isoTimeField.optional(),
  links: z.array(alertLinkShape).max(20),
  /** The tool's payload for this alert, kept as sent for audit. */
  raw: z.unknown(),
});
export type NormalisedAlert = z.infer<typeof normalisedAlertShape>;

/**
 * A stored alert: one per dedup key and episode (a trigger after a resolve
 * opens the next episode). Its id is derived from (integration, dedup key,
 * episode), so two nodes taking the same alert converge on one document.
 */
export const alertShape = z.strictObject({
  id: idField,
  integrationId: idField,
  hlc: hlcField,
  dedupKey: z.string().min(1).max(300),
  episode: z.number().int().min(1).max(1_000_000),
  source: z.enum(ALERT_SOURCES),
  sourceEventId: shortText.optional(),
  status: z.enum(ALERT_STATUSES),
  severity: z.enum(ALERT_SEVERITIES),
  sourceSeverity: shortText.optional(),
  summary: z.string().min(1).max(1024),
  service: shortText.optional(),
  component: shortText.optional(),
  group: shortText.optional(),
  class: shortText.optional(),
  labels: z.record(z.string().max(256), z.string().max(1024)),
  startsAt: isoTimeField,
  endsAt: isoTimeField.optional(),
  links: z.array(alertLinkShape).max(20),
  /** Events folded into this alert (triggers, repeats, acknowledgements, the resolve). */
  count: z.number().int().min(1).max(1_000_000_000),
  firstSeenAt: isoTimeField,
  /** When the node last took an event for it: the list's order (newest first). */
  lastSeenAt: isoTimeField,
  resolvedAt: isoTimeField.optional(),
  /** The incident it is attached to: its state changes go on that incident's timeline. */
  incidentId: idField.optional(),
  /** The maintenance window it opened in: stored and listed, but nobody is paged for it. */
  suppressedBy: idField.optional(),
  raw: z.unknown(),
});
export type AlertDoc = z.infer<typeof alertShape>;
