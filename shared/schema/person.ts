import { z } from 'zod';
import { TIME_DISPLAYS } from '../time/displayTime.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

export const AVAILABILITY_STATUSES = ['available', 'away', 'off-shift'] as const;

/** A person's profile: every command names the person who ran it. */
export const personShape = z.strictObject({
  id: idField,
  displayName: nameField,
  email: z.string().max(320).optional(),
  phone: z.string().max(40).optional(),
  jobTitle: z.string().max(200).optional(),
  teamId: idField.optional(),
  timeZone: z.string().max(64).optional(),
  /** This person's choice of UTC or their own zone, over the workspace's; absent = the workspace's. */
  timeDisplay: z.enum(TIME_DISPLAYS).optional(),
  createdAt: isoTimeField,
  /** Roster state used by decision-authority fallbacks; absent = available. */
  availability: z
    .strictObject({
      status: z.enum(AVAILABILITY_STATUSES),
      since: isoTimeField,
      note: z.string().max(500).optional(),
    })
    .optional(),
  /**
   * What the person may do in the workspace (docs/access.md); absent means
   * responder. Administrators are the workspace's `administratorIds`.
   */
  workspaceRole: z.enum(['responder', 'observer']).optional(),
  /** Set when an administrator deactivates the person: no sign-in, no commands. */
  deactivatedAt: isoTimeField.optional(),
  hlc: hlcField,
});

export type PersonDoc = z.infer<typeof personShape>;
