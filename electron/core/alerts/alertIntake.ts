import { intakeActor } from '../../../shared/alerts/intakeActor.ts';
import { createHash } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { alertAdapters, AlertPayloadError } from '../../../shared/alerts/adapters/index.ts';
import type { Actor } from '../../../shared/commands/command.ts';
import type { AlertIntegrationDoc } from '../../../shared/schema/alertIntegration.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { ApiContext } from '../http/apiContext.ts';
import { HttpError } from '../http/httpErrors.ts';
import { IntakeBodyError, readIntakeBody } from './intakeBody.ts';
import { confirmSnsSubscription } from './snsSubscription.ts';

const EXCERPT_CHARS = 4096;

type KnownIntegration = Pick<AlertIntegrationDoc, 'id' | 'source' | 'name'>;

/**
 * Key hash → integration, per database. A read of the store waits for the
 * write batch in progress, so looking the key up on every request would
 * let only one request at a time reach the executor and defeat group
 * commit. Id, source and name never change; revocation is checked by the
 * command itself (403 from then on).
 */
const knownKeys = new WeakMap<object, Map<string, KnownIntegration>>();
const MAX_KNOWN_KEYS = 1000;

/** The integration a key belongs to; the same 401 for an unknown and a malformed key. */
export async function integrationOfKey(api: ApiContext, key: string): Promise<KnownIntegration> {
  const keyHash = createHash('sha256').update(key).digest('hex');
  let known = knownKeys.get(api.database);
  if (!known) knownKeys.set(api.database, (known = new Map()));
  const cached = known.get(keyHash);
  if (cached) return cached;
  const found = /^lk_[0-9a-f]{40,80}$/.test(key)
    ? await kindStore(api.database).findOne('alertIntegrations', { selector: { keyHash } })
    : undefined;
  if (!found)
    throw new HttpError(
      401,
      'unauthorized',
      'Unknown integration key: create an integration in Lantern and use its URL',
    );
  if (found.status === 'revoked')
    throw new HttpError(
      403,
      'forbidden',
      `The key of "${found.name}" was revoked: create a new integration`,
    );
  if (known.size >= MAX_KNOWN_KEYS) known.clear();
  const integration = { id: found.id, source: found.source, name: found.name };
  known.set(keyHash, integration);
  return integration;
}

/** A refused request goes to the integration's dead-letter list, then the sender hears why. */
async function deadLetter(
  api: ApiContext,
  actor: Actor,
  integration: KnownIntegration,
  refusal: HttpError,
  text: string,
): Promise<never> {
  const problem = refusal.problems[0];
  await api.execute(
    'recordAlertDeadLetter',
    {
      integrationId: integration.id,
      status: refusal.status,
      field: (problem?.field ?? '').slice(0, 256),
      reason: (problem?.reason ?? refusal.message).slice(0, 1000),
      excerpt: text.slice(0, EXCERPT_CHARS),
    },
    actor,
  );
  throw refusal;
}

function payloadRefusal(error: AlertPayloadError): HttpError {
  return new HttpError(400, 'invalid-input', `Invalid alert payload — ${error.message}`, [
    { field: error.field, reason: error.reason },
  ]);
}

/**
 * One POST to an integration's URL: read the body, map it with the
 * integration's adapter, store the alerts as the integration (one command).
 */
export async function takeAlertRequest(api: ApiContext, request: IncomingMessage, key: string) {
  const integration = await integrationOfKey(api, key);
  const source = integration.source;
  if (source === 'metrics')
    throw new HttpError(
      403,
      'forbidden',
      `"${integration.name}" is a metrics integration: post its points to /api/v1/metrics/{key}, and alerts on an alert integration`,
    );
  const actor: Actor = intakeActor(integration.id);
  let body;
  try {
    body = await readIntakeBody(request);
  } catch (error) {
    if (error instanceof IntakeBodyError)
      return deadLetter(api, actor, integration, error.refusal, error.text);
    if (error instanceof HttpError) return deadLetter(api, actor, integration, error, '');
    throw error;
  }
  let result;
  try {
    result = alertAdapters[source](body.payload, new Date().toISOString());
  } catch (error) {
    if (error instanceof AlertPayloadError)
      return deadLetter(api, actor, integration, payloadRefusal(error), body.text);
    throw error;
  }
  if (result.kind === 'subscription-confirmation') return confirmSnsSubscription(result);
  if (result.alerts.length === 0) return { accepted: 0, opened: 0, alertIds: [] };
  return api.execute(
    'ingestAlerts',
    { integrationId: integration.id, alerts: result.alerts },
    actor,
  );
}
