import { z } from 'zod';
import { defineCommand } from '../commands/command.ts';
import { invalidInput, notFound } from '../commands/errors.ts';
import { communicationLogWrite } from '../communications/communicationLogWrite.ts';
import { idempotencyKey } from '../communications/deliveries.ts';
import { shortCodeFor } from './pagePlan.ts';
import type { PageDoc } from './pageRecords.ts';
import { requireProfileKeeper } from './setContactMethods.ts';

/** Test pages belong to no incident; their log entries are filed under this id. */
export const TEST_PAGE_INCIDENT = 'contact-test';

export const sendTestPageInput = z
  .object({ personId: z.string().min(1).max(64), methodId: z.string().min(1).max(64) })
  .strict();

/** Send a test message through one contact method now, to confirm it reaches the person. */
export const sendTestPage = defineCommand({
  name: 'sendTestPage',
  summary: 'Send a test message through one of a person’s contact methods',
  input: sendTestPageInput,
  permission: 'person',
  async plan(reads, input, context) {
    const person = await reads.get('people', input.personId);
    if (!person) throw notFound('person', input.personId);
    await requireProfileKeeper(reads, context, person.id, person.displayName);
    const profile = await reads.get('pagingProfiles', person.id);
    const method = profile?.methods.find((m) => m.id === input.methodId);
    if (!method)
      throw invalidInput([
        {
          field: 'methodId',
          reason: `${person.displayName} has no contact method "${input.methodId}"`,
        },
      ]);
    const id = context.newId('page');
    const now = context.now.toISOString();
    const page: PageDoc = {
      id,
      kind: 'page',
      incidentId: TEST_PAGE_INCIDENT,
      audienceId: 'page',
      createdAt: now,
      updatedAt: now,
      subject: 'Lantern test message',
      body: `This is a test of ${method.label || method.type} for ${person.displayName}. No action needed.`,
      channels: [method.type],
      senderNodeId: context.nodeId,
      sentBy: context.actor.id,
      sentAt: now,
      deliveries: [
        {
          key: idempotencyKey(id, method.id, method.type),
          recipientId: method.id,
          recipientName: person.displayName,
          channel: method.type,
          address: method.address,
          state: 'queued',
          attempts: 0,
          nextAttemptAt: now,
        },
      ],
      page: {
        personId: person.id,
        reason: 'test',
        severity: '',
        shortCode: shortCodeFor(id),
        status: 'paging',
      },
      hlc: context.nextHlc(),
    };
    const log = communicationLogWrite(
      context,
      { incidentId: TEST_PAGE_INCIDENT, communicationId: id },
      'paged',
      `Test message to ${person.displayName} by ${method.type}`,
    );
    return { writes: [{ kind: 'communications', document: page }, log], result: page };
  },
});
