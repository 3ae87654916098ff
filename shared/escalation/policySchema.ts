import { z } from 'zod';
import { SEVERITIES } from '../domain/severity.ts';

const id = z.string().min(1).max(64);

/** Who a level pages: a named person, whoever holds a role in the incident, or whoever is on call in a rotation. */
export const escalationTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), personId: id }).strict(),
  z.object({ kind: z.literal('role'), role: id }).strict(),
  z.object({ kind: z.literal('rotation'), rotationId: id }).strict(),
]);

export const escalationLevel = z
  .object({
    targets: z.array(escalationTarget).min(1).max(20),
    /** Minutes to wait for an acknowledgement before moving to the next level. */
    ackTimeoutMinutes: z.number().int().min(1).max(1440),
  })
  .strict();

/**
 * Ordered levels, run once and then `repeat` more times. An empty
 * serviceIds or severities list matches any service or severity.
 */
export const escalationPolicy = z
  .object({
    id,
    name: z.string().min(1).max(200),
    serviceIds: z.array(id).max(500).default([]),
    severities: z.array(z.enum(SEVERITIES)).max(SEVERITIES.length).default([]),
    levels: z.array(escalationLevel).min(1).max(10),
    repeat: z.number().int().min(0).max(9).default(0),
  })
  .strict();

export type EscalationTarget = z.infer<typeof escalationTarget>;
export type EscalationLevel = z.infer<typeof escalationLevel>;
export type EscalationPolicy = z.infer<typeof escalationPolicy>;
