import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from '../http/httpErrors.ts';

const LIMIT = 64 * 1024;

/** A provider's form-encoded callback as name → value (the last value of a repeated name wins). */
export async function readFormBody(request: IncomingMessage): Promise<Record<string, string>> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > LIMIT) throw new HttpError(413, 'payload-too-large', 'The callback is too large');
    chunks.push(chunk as Buffer);
  }
  return Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
}

export function sendText(
  response: ServerResponse,
  status: number,
  contentType: string,
  body: string,
): void {
  response.writeHead(status, {
    'content-type': `${contentType}; charset=utf-8`,
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(body);
}

export const escapeMarkup = (text: string): string =>
  text.replace(
    /[<>&'"]/g,
    (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&#39;', '"': '&quot;' })[c] ?? c,
  );

/** A TwiML answer: a reply SMS (`Message`) or words said in the call (`Say`). */
export function sendTwiml(response: ServerResponse, verb: 'Message' | 'Say', text: string): void {
  sendText(
    response,
    200,
    'text/xml',
    `<?xml version="1.0" encoding="UTF-8"?><Response><${verb}>${escapeMarkup(text)}</${verb}></Response>`,
  );
}
