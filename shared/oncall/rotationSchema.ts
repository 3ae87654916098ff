import { z } from 'zod';
import { isValidTimeZone } from './zonedTime.ts';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

const id = z.string().min(1).max(64);
const localTime = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'use 24-hour HH:mm, e.g. 09:00');

/** A layer is on call only inside these local windows, e.g. weekdays 09:00-17:00. An end at or before the start runs past midnight. */
export const restrictionWindow = z
  .object({ days: z.array(z.enum(WEEKDAYS)).min(1).max(7), start: localTime, end: localTime })
  .strict();

export const rotationLayer = z
  .object({
    id,
    name: z.string().min(1).max(200),
    participantIds: z.array(id).min(1).max(200),
    /** Length of a turn in wall-clock hours: 24 is daily, 168 weekly, 12 follow-the-sun. */
    shiftHours: z.number().int().min(1).max(336),
    /** First handoff: this local date at handoffTime, in the rotation's time zone. */
    startsOn: z.iso.date(),
    handoffTime: localTime,
    restrictions: z.array(restrictionWindow).max(14).default([]),
  })
  .strict();

export const rotationOverride = z
  .object({
    id,
    personId: id,
    start: z.iso.datetime(),
    end: z.iso.datetime(),
    reason: z.string().max(500).optional(),
  })
  .strict()
  .refine((o) => Date.parse(o.end) > Date.parse(o.start), {
    message: 'an override must end after it starts',
    path: ['end'],
  });

/** An on-call rotation: layers listed bottom to top (a later layer wins), then overrides on top. */
export const onCallRotation = z
  .object({
    id,
    name: z.string().min(1).max(200),
    timeZone: z.string().refine(isValidTimeZone, 'not an IANA time zone, e.g. Europe/London'),
    layers: z.array(rotationLayer).min(1).max(10),
    overrides: z.array(rotationOverride).max(500).default([]),
  })
  .strict()
  .refine((r) => new Set(r.layers.map((l) => l.id)).size === r.layers.length, {
    message: 'layer ids must be unique',
    path: ['layers'],
  });

export type OnCallRotation = z.infer<typeof onCallRotation>;
export type RotationLayer = z.infer<typeof rotationLayer>;
export type RotationOverride = z.infer<typeof rotationOverride>;
export type RestrictionWindow = z.infer<typeof restrictionWindow>;
