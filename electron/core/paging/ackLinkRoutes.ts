import { PAGING_INBOUND_ACTOR } from '../../../shared/paging/acknowledgePageFrom.ts';
import { defineRoute } from '../http/routeDefinition.ts';
import { escapeMarkup, sendText } from './inboundRequest.ts';
import { sha256Hex } from './pageRequest.ts';

const PATH = '/api/v1/paging/ack/{pageId}/{token}';
const html = {
  description: 'A page for the person',
  content: { 'text/html': { schema: { type: 'string' } } },
};

export function ackLinkHtml(title: string, body: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${escapeMarkup(title)}</title></head><body><main><h1>${escapeMarkup(title)}</h1>${body}</main></body></html>`;
}

/**
 * Opening the link only shows a button: mail scanners that fetch links must
 * not acknowledge a page nobody read. Pressing it posts back and spends it.
 */
const showLink = defineRoute({
  method: 'GET',
  path: PATH,
  summary: 'The e-mail’s one-time acknowledgement link: a button to acknowledge',
  public: true,
  responses: { '200': html },
  handle({ response }) {
    const form = `<form method="post"><p>Press the button to acknowledge the page. The link works once.</p><button type="submit">Acknowledge the page</button></form>`;
    sendText(response, 200, 'text/html', ackLinkHtml('Acknowledge this page', form));
    return Promise.resolve();
  },
});

const useLink = defineRoute({
  method: 'POST',
  path: PATH,
  summary: 'Acknowledge a page with the e-mail’s one-time link (single use, expires)',
  public: true,
  responses: { '200': html, '403': html },
  async handle({ api, response, params }) {
    try {
      await api.execute(
        'acknowledgePageFrom',
        { pageId: params.pageId ?? '', via: 'email', linkTokenHash: sha256Hex(params.token ?? '') },
        PAGING_INBOUND_ACTOR,
      );
      sendText(
        response,
        200,
        'text/html',
        ackLinkHtml('Acknowledged', '<p>Thank you: you are now a responder on the incident.</p>'),
      );
    } catch (error) {
      const message = `<p>${escapeMarkup((error as Error).message)}</p>`;
      sendText(response, 403, 'text/html', ackLinkHtml('Not acknowledged', message));
    }
  },
});

export const ackLinkRoutes = [showLink, useLink];
