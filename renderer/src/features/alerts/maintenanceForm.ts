import type { ScheduleMaintenanceWindowInput } from '../../../../shared/alerts/commands/maintenanceWindows.ts';
import {
  fromWallClock,
  isValidTimeZone,
  wallClockOf,
} from '../../../../shared/oncall/zonedTime.ts';

/** What the form holds: local dates and times in one named zone, matchers as text. */
export interface MaintenanceFormValues {
  name: string;
  services: string;
  labels: string;
  timeZone: string;
  /** `datetime-local` values, YYYY-MM-DDTHH:mm, in `timeZone`. */
  startsLocal: string;
  endsLocal: string;
  weekly: boolean;
  weekdays: number[];
  startTime: string;
  durationMinutes: string;
}

export class MaintenanceFormError extends Error {
  override name = 'MaintenanceFormError';
  readonly field: string;
  constructor(field: string, message: string) {
    super(message);
    this.field = field;
  }
}

/** "env=prod, team=db" → label matchers; a piece without "=" is refused, naming it. */
export function parseLabelMatchers(text: string): { name: string; value: string }[] {
  return text
    .split(',')
    .map((piece) => piece.trim())
    .filter(Boolean)
    .map((piece) => {
      const equals = piece.indexOf('=');
      if (equals <= 0) throw new MaintenanceFormError('labels', `"${piece}" is not name=value`);
      return { name: piece.slice(0, equals).trim(), value: piece.slice(equals + 1).trim() };
    });
}

/** A local date-time in a zone as an ISO instant (UTC). */
export function localToIso(local: string, timeZone: string, field: string): string {
  const [date, time] = local.split('T');
  if (!date || !time) throw new MaintenanceFormError(field, 'Give a date and a time');
  return new Date(fromWallClock(wallClockOf(date, time), timeZone)).toISOString();
}

/** The command's input from the form, or a MaintenanceFormError naming the field. */
export function maintenanceInput(values: MaintenanceFormValues): ScheduleMaintenanceWindowInput {
  if (!isValidTimeZone(values.timeZone))
    throw new MaintenanceFormError('timeZone', `"${values.timeZone}" is not a time zone name`);
  const services = values.services
    .split(',')
    .map((service) => service.trim())
    .filter(Boolean);
  const input: ScheduleMaintenanceWindowInput = {
    name: values.name,
    services,
    labels: parseLabelMatchers(values.labels),
    startsAt: localToIso(values.startsLocal, values.timeZone, 'startsAt'),
    endsAt: localToIso(values.endsLocal, values.timeZone, 'endsAt'),
  };
  if (!values.weekly) return input;
  return {
    ...input,
    recurrence: {
      weekdays: values.weekdays,
      startTime: values.startTime,
      durationMinutes: Number(values.durationMinutes),
      timeZone: values.timeZone,
    },
  };
}
