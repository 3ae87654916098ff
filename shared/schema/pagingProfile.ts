import { z } from 'zod';
import { hlcField, idField, isoTimeField } from './fields.ts';

/** How a page can reach a person. Push shows on every node where they use Lantern (through sync). */
export const CONTACT_METHOD_TYPES = ['push', 'sms', 'voice', 'email', 'webhook'] as const;
export type ContactMethodType = (typeof CONTACT_METHOD_TYPES)[number];

/**
 * A person's contact methods and notification rules, kept with the person
 * (id = the person's id) and synced. Methods and rules are lists whose
 * items people add and change one by one, so each merges on its own.
 */
export const pagingProfileShape = z.strictObject({
  id: idField,
  personId: idField,
  methods: z
    .array(
      z.strictObject({
        id: idField,
        type: z.enum(CONTACT_METHOD_TYPES),
        /** E.164 number, e-mail address, webhook name (node config), or empty for push. */
        address: z.string().max(320),
        label: z.string().max(100),
        addedAt: isoTimeField,
        /** When a test message was last accepted by the channel. */
        testedAt: isoTimeField.optional(),
      }),
    )
    .max(20),
  rules: z
    .array(
      z.strictObject({
        id: idField,
        methodId: idField,
        /** Minutes after the page starts; repeated pages follow the same rules. */
        afterMinutes: z.number().int().min(0).max(240),
      }),
    )
    .max(40),
  /** Non-SEV1 pages wait for the end of quiet hours, except push. SEV1 ignores quiet hours. */
  quietHours: z
    .strictObject({
      start: z.string().regex(/^\d{2}:\d{2}$/),
      end: z.string().regex(/^\d{2}:\d{2}$/),
      timeZone: z.string().max(64),
    })
    .optional(),
  updatedAt: isoTimeField,
  hlc: hlcField,
});

export type PagingProfileDoc = z.infer<typeof pagingProfileShape>;
