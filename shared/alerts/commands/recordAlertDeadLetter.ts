import type { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { alertDeadLetterShape } from '../../schema/alertIntegration.ts';
import { requireIntakeIntegration, seenIntegration } from './ingestAlerts.ts';

export const recordAlertDeadLetterInput = alertDeadLetterShape
  .omit({ id: true, source: true, receivedAt: true })
  .strict();

/** A request the integration sent that could not be read: kept in its dead-letter list. */
export const recordAlertDeadLetter = defineCommand({
  name: 'recordAlertDeadLetter',
  summary: 'Keep a refused alert request in the integration’s dead-letter list',
  input: recordAlertDeadLetterInput as z.ZodType<z.infer<typeof recordAlertDeadLetterInput>>,
  permission: 'person',
  async plan(reads, input, context) {
    const integration = await requireIntakeIntegration(reads, input.integrationId, context.actor);
    const letter = {
      ...input,
      id: context.newId('dead'),
      source: integration.source,
      receivedAt: context.now.toISOString(),
    };
    return {
      writes: [
        { kind: 'alertDeadLetters', document: letter },
        ...seenIntegration(integration, context.now, context.nextHlc),
      ],
      result: letter,
    };
  },
});
