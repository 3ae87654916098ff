import { z } from 'zod';
import { ALERT_SOURCES } from './alert.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/**
 * What an integration's key is for: one alert format, or `metrics` (metric
 * streams posted to `/api/v1/metrics/{key}`, watched by the anomaly detector).
 */
export const INTEGRATION_SOURCES = [...ALERT_SOURCES, 'metrics'] as const;
export type IntegrationSource = (typeof INTEGRATION_SOURCES)[number];

/**
 * A monitoring tool's way in: it posts to `/api/v1/alerts/{key}`. Only the
 * key's SHA-256 is stored (and synced); the key itself is shown once, when
 * the integration is created. A revoked integration's key is refused.
 */
export const alertIntegrationShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  source: z.enum(INTEGRATION_SOURCES),
  name: nameField,
  /** Hex SHA-256 of the key. */
  keyHash: z.string().length(64),
  /** The key's last four characters, so a person can tell keys apart. */
  keyHint: z.string().max(8),
  status: z.enum(['active', 'revoked']),
  createdAt: isoTimeField,
  createdBy: z.string().max(80),
  revokedAt: isoTimeField.optional(),
  revokedReason: z.string().max(500).optional(),
  /** When the node last took a request on this key (updated at most once a minute). */
  lastSeenAt: isoTimeField.optional(),
});
export type AlertIntegrationDoc = z.infer<typeof alertIntegrationShape>;

/** A request an integration sent that could not be read: kept so a person can see and fix the sender. */
export const alertDeadLetterShape = z.strictObject({
  id: idField,
  integrationId: idField,
  source: z.enum(INTEGRATION_SOURCES),
  receivedAt: isoTimeField,
  /** The HTTP status the sender got. */
  status: z.number().int().min(400).max(499),
  field: z.string().max(256),
  reason: z.string().max(1000),
  /** The first 4 KiB of the body, as text. */
  excerpt: z.string().max(4096),
});
export type AlertDeadLetterDoc = z.infer<typeof alertDeadLetterShape>;
