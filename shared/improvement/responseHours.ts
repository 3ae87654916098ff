import { tzOffset } from '@date-fns/tz';

/**
 * Business hours: Monday to Friday, 09:00 to 17:00 in the zone the metrics
 * are read in. An incident counts as business hours when it was declared
 * inside them; otherwise it is a night or weekend incident.
 */
export interface BusinessHours {
  zone: string;
  startHour: number;
  endHour: number;
}

export const DEFAULT_BUSINESS_HOURS: Omit<BusinessHours, 'zone'> = { startHour: 9, endHour: 17 };

export type HoursBand = 'business' | 'night' | 'weekend';

export const HOURS_BAND_LABELS: Record<HoursBand, string> = {
  business: 'Business hours',
  night: 'Weekday nights',
  weekend: 'Weekends',
};

const QUARTER_HOUR = 15 * 60_000;
const DAY = 86_400_000;
interface ZoneOffsets {
  dayStarts: Map<number, number>;
  dayEnds: Map<number, number>;
  quarters: Map<number, number>;
}
const offsetCache = new Map<string, ZoneOffsets>();

function offsetsOf(zone: string): ZoneOffsets {
  let offsets = offsetCache.get(zone);
  if (!offsets) {
    offsets = { dayStarts: new Map(), dayEnds: new Map(), quarters: new Map() };
    offsetCache.set(zone, offsets);
  }
  return offsets;
}

function cached(byKey: Map<number, number>, key: number, zone: string, at: number): number {
  let offset = byKey.get(key);
  if (offset === undefined) {
    offset = tzOffset(zone, new Date(at));
    byKey.set(key, offset);
  }
  return offset;
}

/**
 * The zone's UTC offset in minutes at that moment. The zone database is
 * slow and the metrics read thousands of times, so offsets are kept per
 * UTC day (a day whose start and end agree has one offset throughout) and,
 * on the few days a clock changes, per quarter hour (offsets change only on
 * quarter-hour boundaries).
 */
function offsetMinutes(ms: number, zone: string): number {
  if (zone === 'UTC') return 0;
  const offsets = offsetsOf(zone);
  const day = Math.floor(ms / DAY);
  const start = cached(offsets.dayStarts, day, zone, day * DAY);
  const end = cached(offsets.dayEnds, day, zone, (day + 1) * DAY - 1);
  if (start === end) return start;
  const quarter = Math.floor(ms / QUARTER_HOUR);
  return cached(offsets.quarters, quarter, zone, quarter * QUARTER_HOUR);
}

/** The wall-clock fields in that zone, read with UTC getters from a shifted instant. */
function local(atIso: string, zone: string): Date {
  const ms = Date.parse(atIso);
  return new Date(ms + offsetMinutes(ms, zone) * 60_000);
}

export function hoursBand(atIso: string, hours: BusinessHours): HoursBand {
  const here = local(atIso, hours.zone);
  const day = here.getUTCDay();
  if (day === 0 || day === 6) return 'weekend';
  const hour = here.getUTCHours();
  return hour >= hours.startHour && hour < hours.endHour ? 'business' : 'night';
}

/** "2026-11": the calendar month the moment falls in, in that zone. */
export function monthOf(atIso: string, zone: string): string {
  const here = local(atIso, zone);
  return `${here.getUTCFullYear()}-${String(here.getUTCMonth() + 1).padStart(2, '0')}`;
}
