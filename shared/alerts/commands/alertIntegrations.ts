import { z } from 'zod';
import { defineCommand } from '../../commands/command.ts';
import { forbidden, notFound } from '../../commands/errors.ts';
import { INTEGRATION_SOURCES, type AlertIntegrationDoc } from '../../schema/alertIntegration.ts';
import { idField } from '../../schema/fields.ts';
import { integrationKeyHash } from '../alertIdentity.ts';

export const createAlertIntegrationInput = z.strictObject({
  source: z.enum(INTEGRATION_SOURCES),
  name: z.string().trim().min(1).max(200),
});

/** WebCrypto's CSPRNG: a global in Node 22 and every browser (shared/ has no DOM or Node types). */
declare const crypto: { getRandomValues<T extends Uint8Array>(array: T): T };

/**
 * 256 random bits from the platform's CSPRNG (WebCrypto, in Node and
 * browsers alike): the key a tool puts in its intake URL. Not from
 * `context.newId`, whose ids need only be unique, not secret.
 */
function newIntakeKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(32));
  return `lk_${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A new way in for one monitoring tool. The key is in the result only (shown
 * once); what is stored, synced and audited is its hash.
 */
export const createAlertIntegration = defineCommand({
  name: 'createAlertIntegration',
  summary: 'Create an alert integration for a monitoring tool; answers its key once',
  input: createAlertIntegrationInput,
  permission: 'person',
  async plan(_reads, input, context) {
    const key = newIntakeKey();
    const integration: AlertIntegrationDoc = {
      id: context.newId('int'),
      hlc: context.nextHlc(),
      source: input.source,
      name: input.name,
      keyHash: await integrationKeyHash(key),
      keyHint: key.slice(-4),
      status: 'active',
      createdAt: context.now.toISOString(),
      createdBy: `${context.actor.kind}:${context.actor.id}`,
    };
    return {
      writes: [{ kind: 'alertIntegrations', document: integration }],
      result: { id: integration.id, key, source: integration.source, name: integration.name },
    };
  },
});

export const revokeAlertIntegrationInput = z.strictObject({
  integrationId: idField,
  reason: z.string().trim().min(1).max(500),
});

/** The integration's key stops working on every node as soon as the change syncs. */
export const revokeAlertIntegration = defineCommand({
  name: 'revokeAlertIntegration',
  summary: 'Revoke an alert integration’s key',
  input: revokeAlertIntegrationInput,
  permission: 'person',
  async plan(reads, input, context) {
    const integration = await reads.get('alertIntegrations', input.integrationId);
    if (!integration) throw notFound('alert integration', input.integrationId);
    if (context.actor.id === integration.id)
      throw forbidden('An integration cannot revoke its own key');
    const revoked: AlertIntegrationDoc = {
      ...integration,
      status: 'revoked',
      revokedAt: context.now.toISOString(),
      revokedReason: input.reason,
      hlc: context.nextHlc(),
    };
    return { writes: [{ kind: 'alertIntegrations', document: revoked }], result: revoked };
  },
});
