import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

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

export function hoursBand(atIso: string, hours: BusinessHours): HoursBand {
  const local = new TZDate(Date.parse(atIso), hours.zone);
  const day = local.getDay();
  if (day === 0 || day === 6) return 'weekend';
  const hour = local.getHours();
  return hour >= hours.startHour && hour < hours.endHour ? 'business' : 'night';
}

/** "2026-11": the calendar month the moment falls in, in that zone. */
export function monthOf(atIso: string, zone: string): string {
  return format(new TZDate(Date.parse(atIso), zone), 'yyyy-MM');
}
