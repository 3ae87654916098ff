import {
  formatDate,
  formatDateTime,
  formatDayTime,
  formatInBothZones,
  formatTime,
  formatTimeWithSeconds,
} from '../../../../shared/time/displayTime.ts';

type When = string | number | Date;

/** The zone-aware formatters every screen uses; each output carries its zone label. */
export interface TimeFormat {
  /** IANA zone the times are shown in ("UTC", "America/New_York"). */
  zone: string;
  time(at: When): string;
  timeWithSeconds(at: When): string;
  dateTime(at: When): string;
  date(at: When): string;
  dayTime(at: When): string;
  /** A time kept in another zone (a rotation's), with the viewer's beside it when they differ. */
  inBothZones(at: When, sourceZone: string): string;
}

export function timeFormatIn(zone: string): TimeFormat {
  return {
    zone,
    time: (at) => formatTime(at, zone),
    timeWithSeconds: (at) => formatTimeWithSeconds(at, zone),
    dateTime: (at) => formatDateTime(at, zone),
    date: (at) => formatDate(at, zone),
    dayTime: (at) => formatDayTime(at, zone),
    inBothZones: (at, sourceZone) => formatInBothZones(at, sourceZone, zone),
  };
}

/** The viewer's formatters, from the nearest TimeFormatProvider (UTC outside one). */
