import { z } from 'zod';
import { TIME_DISPLAYS } from '../time/displayTime.ts';
import { hlcField, idField, isoTimeField, nameField } from './fields.ts';

/** The organisation this database belongs to; exactly one document. */
export const workspaceShape = z.strictObject({
  id: idField,
  name: nameField,
  createdAt: isoTimeField,
  createdBy: idField,
  demo: z.boolean(),
  /**
   * Who may change the workspace's governance: classification criteria,
   * the decision-authority matrix, escalation policies, the command
   * structure, and this list. Absent on older workspaces: the creator.
   */
  administratorIds: z.array(idField).min(1).max(50).optional(),
  /** How times are shown to everyone unless a person chooses otherwise; absent = UTC. */
  timeDisplay: z.enum(TIME_DISPLAYS).optional(),
  hlc: hlcField,
});

export type WorkspaceDoc = z.infer<typeof workspaceShape>;
