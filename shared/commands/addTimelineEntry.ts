import { z } from 'zod';
import type { TIMELINE_KINDS } from '../domain/incident.ts';
import { defineCommand } from './command.ts';
import { conflict, invalidInput, notFound } from './errors.ts';
import { timelineWrite } from './timelineEntry.ts';

/** Kinds a person may write by hand; the others are written by commands. */
export const MANUAL_TIMELINE_KINDS = [
  'note',
  'decision',
  'system',
] as const satisfies readonly (typeof TIMELINE_KINDS)[number][];

export const addTimelineEntryInput = z
  .object({
    incidentId: z.string().min(1).max(64),
    text: z.string().trim().min(1, 'Write something in the entry first').max(10000),
    kind: z
      .enum(MANUAL_TIMELINE_KINDS, {
        error: `kind must be one of ${MANUAL_TIMELINE_KINDS.join(', ')}`,
      })
      .default('note'),
    starred: z.boolean().default(false),
    corrects: z.string().min(1).max(64).optional(),
    /** Backdating: when it happened, if earlier than now (the entry keeps when it was written). */
    occurredAt: z.iso
      .datetime({ offset: true, error: 'give the time it happened as a date and time' })
      .optional(),
    /**
     * An id the writer chose (a browser's offline queue): a resend after a
     * lost answer finds the entry already written and writes nothing twice.
     */
    entryId: z
      .string()
      .regex(/^tl-[A-Za-z0-9_-]{8,60}$/, 'The entry id must be tl- and 8 to 60 letters or digits')
      .optional(),
  })
  .strict();

/** A stated time may be a little ahead of this node's clock (peers drift); beyond that it is a mistake. */
const CLOCK_SLACK_MS = 60_000;

/** The time normalised to UTC ISO, refusing one in the future. */
export function pastTime(at: string, now: Date, field = 'occurredAt'): string {
  const ms = Date.parse(at);
  if (ms > now.getTime() + CLOCK_SLACK_MS)
    throw invalidInput([{ field, reason: 'that time is in the future; give when it happened' }]);
  return new Date(ms).toISOString();
}

/** Add an entry to an incident's timeline (corrections are new entries too). */
export const addTimelineEntry = defineCommand({
  name: 'addTimelineEntry',
  summary: 'Add an entry to the incident timeline',
  input: addTimelineEntryInput,
  permission: 'person',
  async plan(reads, input, context) {
    const incident = await reads.get('incidents', input.incidentId);
    if (!incident) throw notFound('incident', input.incidentId);
    if (input.entryId) {
      const sent = await reads.get('timeline', input.entryId);
      if (sent?.incidentId === incident.id && sent.text === input.text)
        return { writes: [], result: sent };
      if (sent) throw conflict(`Entry ${input.entryId} already holds a different entry`);
    }
    if (input.corrects) {
      const corrected = await reads.get('timeline', input.corrects);
      if (!corrected || corrected.incidentId !== incident.id)
        throw notFound('timeline entry', input.corrects);
    }
    const occurredAt = input.occurredAt ? pastTime(input.occurredAt, context.now) : undefined;
    const entry = timelineWrite(context, incident.id, input.kind, input.text, {
      starred: input.starred,
      ...(input.corrects ? { corrects: input.corrects } : {}),
      ...(occurredAt ? { occurredAt } : {}),
    });
    if (input.entryId) entry.document.id = input.entryId;
    return { writes: [entry], result: entry.document };
  },
});
