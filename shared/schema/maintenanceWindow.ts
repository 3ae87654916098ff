import { z } from 'zod';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** A label an alert must carry, with this exact value, to fall in the window. */
export const labelMatcherShape = z.strictObject({
  name: z.string().trim().min(1).max(256),
  value: z.string().max(1024),
});

/**
 * Weekly occurrences: on each listed weekday (0 Sunday … 6 Saturday, in the
 * zone), from the local start time for `durationMinutes` of elapsed time.
 * Local time in a named zone, so a 02:00 window stays at 02:00 across DST.
 */
export const weeklyRecurrenceShape = z.strictObject({
  weekdays: z.array(z.number().int().min(0).max(6)).min(1).max(7),
  startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'HH:mm, 24-hour'),
  durationMinutes: z
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60),
  timeZone: z.string().min(1).max(64),
});

/**
 * A maintenance window: alerts matching it while it is active are stored as
 * suppressed (never dropped). Without a recurrence it is active from
 * `startsAt` to `endsAt`; with one, those bound the series. Ending it early
 * sets `endedAt`, after which it matches nothing.
 */
export const maintenanceWindowShape = z.strictObject({
  id: idField,
  hlc: hlcField,
  name: nameField,
  services: z.array(z.string().trim().min(1).max(256)).max(50),
  labels: z.array(labelMatcherShape).max(20),
  startsAt: isoTimeField,
  endsAt: isoTimeField,
  recurrence: weeklyRecurrenceShape.optional(),
  status: z.enum(['scheduled', 'endedEarly']),
  createdAt: isoTimeField,
  createdBy: z.string().max(80),
  endedAt: isoTimeField.optional(),
  endedBy: z.string().max(80).optional(),
  endedReason: z.string().max(500).optional(),
});
export type MaintenanceWindowDoc = z.infer<typeof maintenanceWindowShape>;
export type WeeklyRecurrence = z.infer<typeof weeklyRecurrenceShape>;
