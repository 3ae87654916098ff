import { z } from 'zod';
import { administratorsOf } from '../../commands/administrators.ts';
import { defineCommand, type CommandReads } from '../../commands/command.ts';
import { conflict, forbidden, invalidInput, notFound } from '../../commands/errors.ts';
import { displayNameOf, requirePersonField } from '../../framework/references.ts';
import { isValidTimeZone } from '../../oncall/zonedTime.ts';
import { idField, isoTimeField } from '../../schema/fields.ts';
import { ACTION_ITEM_PRIORITIES, type ActionItemDoc } from '../../schema/review.ts';
import { requirePersonActor, requireReview } from '../reviewSupport.ts';

const zoneField = z.string().trim().min(1).max(64);

function checkZone(zone: string | undefined): void {
  if (zone !== undefined && !isValidTimeZone(zone))
    throw invalidInput([
      { field: 'dueZone', reason: `"${zone}" is not a time zone name (e.g. Europe/Berlin)` },
    ]);
}

export const addActionItemInput = z.strictObject({
  reviewId: idField,
  title: z.string().trim().min(1, 'Say what is to be done').max(300),
  ownerId: idField,
  dueAt: isoTimeField,
  dueZone: zoneField,
  priority: z.enum(ACTION_ITEM_PRIORITIES).default('medium'),
  factorId: idField.optional(),
});

/** A fix the review agreed on, with one owner and a deadline, in the central tracker. */
export const addActionItem = defineCommand({
  name: 'addActionItem',
  summary: 'Add an action item to a review, with its owner and due date',
  input: addActionItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'adds action items');
    const review = await requireReview(reads, input.reviewId);
    await requirePersonField(reads, input.ownerId, 'ownerId');
    checkZone(input.dueZone);
    if (input.factorId && !review.factors.some((f) => f.id === input.factorId))
      throw invalidInput([
        { field: 'factorId', reason: 'no such contributing factor in this review' },
      ]);
    const item: ActionItemDoc = {
      id: context.newId('ai'),
      reviewId: review.id,
      incidentId: review.incidentId,
      incidentReference: review.incidentReference,
      exercise: review.exercise,
      ...(input.factorId ? { factorId: input.factorId } : {}),
      title: input.title,
      ownerId: input.ownerId,
      dueAt: input.dueAt,
      dueZone: input.dueZone,
      priority: input.priority,
      status: 'open',
      createdAt: context.now.toISOString(),
      createdBy: context.actor.id,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'actionItems', document: item }], result: item };
  },
});

async function requireActionItem(reads: CommandReads, itemId: string): Promise<ActionItemDoc> {
  const item = await reads.get('actionItems', itemId);
  if (!item) throw notFound('action item', itemId);
  return item;
}

export const updateActionItemInput = z.strictObject({
  itemId: idField,
  title: z.string().trim().min(1).max(300).optional(),
  ownerId: idField.optional(),
  dueAt: isoTimeField.optional(),
  dueZone: zoneField.optional(),
  priority: z.enum(ACTION_ITEM_PRIORITIES).optional(),
  status: z.enum(['open', 'in-progress']).optional(),
});

/** Re-plan an open item; only the fields given change, so concurrent edits of others survive. */
export const updateActionItem = defineCommand({
  name: 'updateActionItem',
  summary: 'Change an open action item: title, owner, due date, priority or progress',
  input: updateActionItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'changes action items');
    const item = await requireActionItem(reads, input.itemId);
    if (item.status === 'done')
      throw conflict(`"${item.title}" is done; it was closed with a note`);
    if (input.ownerId) await requirePersonField(reads, input.ownerId, 'ownerId');
    checkZone(input.dueZone);
    const { itemId: _id, ...changes } = input;
    const updated: ActionItemDoc = { ...item, ...changes, hlc: context.nextHlc() };
    return { writes: [{ kind: 'actionItems', document: updated }], result: updated };
  },
});

export const closeActionItemInput = z.strictObject({
  itemId: idField,
  note: z.string().trim().min(1, 'Say what was done (the evidence of completion)').max(2000),
});

/** Done, with a closing note; only the owner or an administrator closes an item. */
export const closeActionItem = defineCommand({
  name: 'closeActionItem',
  summary: 'Close an action item with a note of what was done (its owner or an administrator)',
  input: closeActionItemInput,
  permission: 'person',
  async plan(reads, input, context) {
    requirePersonActor(context, 'closes action items');
    const item = await requireActionItem(reads, input.itemId);
    if (item.status === 'done') throw conflict(`"${item.title}" is already done`);
    const [workspace] = await reads.find('workspaces', {});
    const administrators = workspace ? administratorsOf(workspace) : [];
    if (context.actor.id !== item.ownerId && !administrators.includes(context.actor.id))
      throw forbidden(
        `Only its owner (${await displayNameOf(reads, item.ownerId)}) or an administrator closes "${item.title}"`,
      );
    const closed: ActionItemDoc = {
      ...item,
      status: 'done',
      closedAt: context.now.toISOString(),
      closedBy: context.actor.id,
      closingNote: input.note,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'actionItems', document: closed }], result: closed };
  },
});
