import { z } from 'zod';
import { CONTACT_METHOD_TYPES } from '../schema/pagingProfile.ts';

/** E.164: a plus, a country code that does not start with 0, at most 15 digits in all. */
export const E164 = /^\+[1-9]\d{6,14}$/;

const methodId = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase words and dashes');
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'write the time as HH:mm (24-hour)');

/** One contact method as a person enters it; its address is checked against its type. */
export const contactMethodInput = z
  .object({
    id: methodId,
    type: z.enum(CONTACT_METHOD_TYPES),
    address: z.string().trim().max(320).default(''),
    label: z.string().trim().max(100).default(''),
  })
  .strict()
  .superRefine((method, ctx) => {
    const problem = addressProblem(method.type, method.address);
    if (problem) ctx.addIssue({ code: 'custom', path: ['address'], message: problem });
  });
export type ContactMethodInput = z.infer<typeof contactMethodInput>;

function addressProblem(type: string, address: string): string | undefined {
  if (type === 'sms' || type === 'voice')
    return E164.test(address)
      ? undefined
      : 'a phone number in international form (E.164), e.g. +447700900123';
  if (type === 'email')
    return z.email().safeParse(address).success
      ? undefined
      : 'an e-mail address such as zofia@example.com';
  if (type === 'webhook')
    return /^[a-z0-9][a-z0-9-]{0,63}$/.test(address)
      ? undefined
      : 'the name of a webhook configured on the node (communications.json)';
  return address === '' ? undefined : 'push needs no address: it reaches the person’s Lantern apps';
}

export const notificationRuleInput = z
  .object({
    methodId,
    afterMinutes: z.number().int().min(0).max(240),
  })
  .strict();

export const quietHoursInput = z
  .object({ start: clock, end: clock, timeZone: z.string().min(1).max(64) })
  .strict();

export const setContactMethodsInput = z
  .object({
    personId: z.string().min(1).max(64),
    methods: z.array(contactMethodInput).max(20),
    /** Empty: every method at once. */
    rules: z.array(notificationRuleInput).max(40).default([]),
    quietHours: quietHoursInput.nullable().default(null),
  })
  .strict()
  .superRefine((input, ctx) => {
    const ids = new Set<string>();
    input.methods.forEach((m, i) => {
      if (ids.has(m.id))
        ctx.addIssue({ code: 'custom', path: ['methods', i, 'id'], message: 'used twice' });
      ids.add(m.id);
    });
    input.rules.forEach((r, i) => {
      if (!ids.has(r.methodId))
        ctx.addIssue({
          code: 'custom',
          path: ['rules', i, 'methodId'],
          message: `no contact method "${r.methodId}"`,
        });
    });
  });
export type SetContactMethodsInput = z.infer<typeof setContactMethodsInput>;
