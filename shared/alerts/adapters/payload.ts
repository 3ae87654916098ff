import type { AlertSeverity, NormalisedAlert } from '../../schema/alert.ts';

/**
 * Reading untrusted payloads: every accessor returns undefined for anything
 * that is not the expected type, so an unknown or odd field never throws. A
 * field an adapter cannot do without is an `AlertPayloadError` naming it.
 */
export class AlertPayloadError extends Error {
  override name = 'AlertPayloadError';
  readonly field: string;
  readonly reason: string;

  constructor(field: string, reason: string) {
    super(`${field || 'body'}: ${reason}`);
    this.field = field;
    this.reason = reason;
  }
}

export type Json = Record<string, unknown>;

export function objectAt(value: unknown): Json | undefined {
  return value !== null && typeof value === 'object' && !Array.isArray(value)
    ? (value as Json)
    : undefined;
}

export function requireObject(value: unknown, field: string): Json {
  const found = objectAt(value);
  if (!found) throw new AlertPayloadError(field, 'must be a JSON object');
  return found;
}

/** A string, or a number/boolean written as one; blank strings count as absent. */
export function textAt(value: unknown, max = 1024): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  if (typeof value === 'boolean') return String(value);
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  return trimmed === '' ? undefined : trimmed.slice(0, max);
}

/** The first present text among several fields (aliases a tool's templates use). */
export function firstText(source: Json | undefined, keys: readonly string[], max = 1024) {
  if (!source) return undefined;
  for (const key of keys) {
    const found = textAt(source[key], max);
    if (found !== undefined) return found;
  }
  return undefined;
}

const EPOCH_SECONDS_BEFORE = 1e11; // numbers below this are seconds, above it milliseconds

/** An instant as ISO 8601 UTC: ISO strings, epoch seconds or milliseconds; otherwise the fallback. */
export function isoTimeAt(value: unknown, fallback: string): string {
  let ms: number | undefined;
  if (typeof value === 'number' && Number.isFinite(value))
    ms = value < EPOCH_SECONDS_BEFORE ? value * 1000 : value;
  else if (typeof value === 'string' && /^\d{9,14}(\.\d+)?$/.test(value.trim())) ms = toMs(value);
  else if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}[T ]/.test(value))
    ms = Date.parse(value.replace(' ', 'T'));
  if (ms === undefined || !Number.isFinite(ms)) return fallback;
  // Go's zero time (Alertmanager's "no end yet") and far-off dates mean "not given".
  if (ms < Date.UTC(1980, 0, 1) || ms > Date.UTC(9000, 0, 1)) return fallback;
  return new Date(ms).toISOString();
}

function toMs(value: string): number {
  const number = Number(value.trim());
  return number < EPOCH_SECONDS_BEFORE ? number * 1000 : number;
}

/** An optional instant: undefined when absent or not a time. */
export function optionalIsoTime(value: unknown): string | undefined {
  const found = isoTimeAt(value, '');
  return found === '' ? undefined : found;
}

/** String labels from an object of scalars; other values are dropped, sizes are capped. */
export function labelsFrom(...sources: (Json | undefined)[]): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const source of sources) {
    if (!source) continue;
    for (const [key, value] of Object.entries(source).slice(0, 100)) {
      const text = textAt(value);
      if (text !== undefined && key !== '') labels[key.slice(0, 256)] = text;
    }
  }
  return labels;
}

/** `["env:prod", "team:payments"]` or `"env:prod,team:payments"` as labels (a bare tag maps to ""). */
export function labelsFromTags(tags: unknown): Record<string, string> {
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
  const labels: Record<string, string> = {};
  for (const tag of list.slice(0, 100)) {
    const text = textAt(tag, 512);
    if (!text) continue;
    const colon = text.indexOf(':');
    if (colon > 0) labels[text.slice(0, colon).trim()] = text.slice(colon + 1).trim();
    else labels[text] = '';
  }
  return labels;
}

/** A severity word looked up case-insensitively in a tool's table. */
export function severityFrom(
  value: string | undefined,
  table: Record<string, AlertSeverity>,
  fallback: AlertSeverity,
): AlertSeverity {
  if (value === undefined) return fallback;
  return table[value.trim().toLowerCase()] ?? fallback;
}

/** A short stable key (FNV-1a, 64 bits as hex) when a tool sends no id of its own. */
export function stableKey(...parts: (string | undefined)[]): string {
  let high = 0xcbf29ce4;
  let low = 0x84222325;
  for (const char of parts.map((part) => part ?? '').join('\u0000')) {
    low ^= char.charCodeAt(0);
    const lowProduct = Math.imul(low, 0x1b3) >>> 0;
    const carry = Math.floor((low * 0x1b3) / 0x100000000);
    high = (Math.imul(high, 0x1b3) + Math.imul(low, 0x100) + carry) >>> 0;
    low = lowProduct;
  }
  return high.toString(16).padStart(8, '0') + low.toString(16).padStart(8, '0');
}

/** Labels in a canonical order, for a dedup key from label sets (Alertmanager's fingerprint idea). */
export function labelSetKey(labels: Record<string, string>): string {
  const sorted = Object.keys(labels)
    .sort()
    .map((key) => `${key}=${labels[key]}`);
  return stableKey(...sorted);
}

export function linksFrom(
  entries: readonly (readonly [string | undefined, string | undefined])[],
): NormalisedAlert['links'] {
  const links: NormalisedAlert['links'] = [];
  for (const [href, text] of entries)
    if (href && /^https?:\/\//i.test(href))
      links.push({ href: href.slice(0, 2048), ...(text ? { text: text.slice(0, 256) } : {}) });
  return links.slice(0, 20);
}

/** Drop undefined optional fields so the object matches the strict schema exactly. */
export function compact<T extends Record<string, unknown>>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}
