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

/** The integration a key belongs to; the same 401 for an unknown and a malformed key. */
export async function integrationOfKey(api: ApiContext, key: string): Promise<AlertIntegrationDoc> {
  const keyHash = createHash('sha256').update(key).digest('hex');
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
  return found;
}

/** A refused request goes to the integration's dead-letter list, then the sender hears why. */
async function deadLetter(
  api: ApiContext,
  actor: Actor,
  integration: AlertIntegrationDoc,
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
  const actor: Actor = { kind: 'integration', id: integration.id };
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
    result = alertAdapters[integration.source](body.payload, new Date().toISOString());
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
