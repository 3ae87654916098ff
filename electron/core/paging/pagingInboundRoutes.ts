import type { IncomingMessage } from 'node:http';
import { PAGING_INBOUND_ACTOR } from '../../../shared/paging/acknowledgePageFrom.ts';
import type { PageDoc } from '../../../shared/paging/pageRecords.ts';
import { kindStore } from '../../../shared/store/kindStore.ts';
import type { LanternDatabase } from '../../../shared/store/database.ts';
import type { ApiContext } from '../http/apiContext.ts';
import { defineRoute, type RouteCall } from '../http/routeDefinition.ts';
import { readFormBody, sendText, sendTwiml } from './inboundRequest.ts';
import { ackLinkRoutes } from './ackLinkRoutes.ts';
import { SMS_INBOUND_PATH } from './pageRequest.ts';
import { validTwilioSignature } from './twilioSignature.ts';

const twiml = { description: 'TwiML', content: { 'text/xml': { schema: { type: 'string' } } } };
const formBody = {
  schema: { type: 'object', additionalProperties: { type: 'string' } },
  required: true,
};

/** The provider's form, once its X-Twilio-Signature over this node's public URL checks out. */
async function signedForm(
  call: RouteCall<unknown>,
  which: 'sms' | 'voice',
): Promise<Record<string, string> | undefined> {
  const config = call.api.channelConfig?.();
  const provider = config?.[which];
  const form = await readFormBody(call.request);
  if (!config?.paging || !provider) return undefined;
  const url = new URL(call.url.pathname + call.url.search, config.paging.publicUrl).toString();
  const signature = header(call.request, 'x-twilio-signature');
  return validTwilioSignature(provider.authToken, url, form, signature) ? form : undefined;
}

const header = (request: IncomingMessage, name: string) => {
  const value = request.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

/** Open pages carrying this code, sent to a person whose SMS number is the sender's. */
async function pageForReply(
  database: LanternDatabase,
  from: string,
  code: string,
): Promise<PageDoc | undefined> {
  const pages = (await kindStore(database).find('communications', {
    selector: { kind: 'page' },
  })) as PageDoc[];
  for (const page of pages) {
    if (page.page.status !== 'paging' || page.page.shortCode !== code) continue;
    const profile = await kindStore(database).get('pagingProfiles', page.page.personId);
    if (profile?.methods.some((m) => m.type === 'sms' && m.address === from)) return page;
  }
  return undefined;
}

async function acknowledge(api: ApiContext, pageId: string, via: 'sms' | 'voice'): Promise<string> {
  try {
    await api.execute('acknowledgePageFrom', { pageId, via }, PAGING_INBOUND_ACTOR);
    return 'Acknowledged. You are now a responder on the incident.';
  } catch (error) {
    return `Not acknowledged: ${(error as Error).message}`;
  }
}

const smsInbound = defineRoute({
  method: 'POST',
  path: SMS_INBOUND_PATH,
  summary: 'Twilio-compatible inbound SMS: a reply with a page’s code acknowledges it (signed)',
  public: true,
  documentedBody: formBody,
  responses: { '200': twiml, '403': { description: 'Bad or missing X-Twilio-Signature' } },
  async handle(call) {
    const form = await signedForm(call, 'sms');
    if (!form) return sendText(call.response, 403, 'text/plain', 'signature does not match');
    const code = /\b(\d{6})\b/.exec(form.Body ?? '')?.[1];
    const page = code ? await pageForReply(call.api.database, form.From ?? '', code) : undefined;
    if (!page)
      return sendTwiml(call.response, 'Message', 'No open page with that code for this number.');
    sendTwiml(call.response, 'Message', await acknowledge(call.api, page.id, 'sms'));
  },
});

const voiceGather = defineRoute({
  method: 'POST',
  path: '/api/v1/paging/voice/{pageId}/gather',
  summary:
    'Twilio-compatible Gather callback: pressing 1 in the call acknowledges the page (signed)',
  public: true,
  documentedBody: formBody,
  responses: { '200': twiml, '403': { description: 'Bad or missing X-Twilio-Signature' } },
  async handle(call) {
    const form = await signedForm(call, 'voice');
    if (!form) return sendText(call.response, 403, 'text/plain', 'signature does not match');
    if (form.Digits !== '1')
      return sendTwiml(call.response, 'Say', 'Not acknowledged. Press 1 to acknowledge.');
    sendTwiml(call.response, 'Say', await acknowledge(call.api, call.params.pageId ?? '', 'voice'));
  },
});

/** Acknowledging from where a page landed: SMS reply, key press, e-mail link. */
export const pagingInboundRoutes = [smsInbound, voiceGather, ...ackLinkRoutes];
