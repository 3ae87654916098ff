import type { IncomingMessage } from 'node:http';
import { HttpError } from './httpErrors.ts';

export const MAX_BODY_BYTES = 1024 * 1024;

/** Read a JSON body, refusing oversized (413) and malformed (400) ones. */
export async function readJsonBody(
  request: IncomingMessage,
  limit = MAX_BODY_BYTES,
): Promise<unknown> {
  const declared = Number(request.headers['content-length'] ?? 0);
  if (declared > limit) throw tooLarge(limit);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > limit) throw tooLarge(limit);
    chunks.push(chunk as Buffer);
  }
  if (size === 0) return {};
  const type = request.headers['content-type'] ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new HttpError(
      415,
      'unsupported-media-type',
      'Send the body as JSON with Content-Type: application/json',
    );
  }
  let body: unknown;
  try {
    body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch (cause) {
    throw new HttpError(
      400,
      'invalid-json',
      `The body is not valid JSON: ${(cause as Error).message}`,
      [{ field: '', reason: 'malformed JSON' }],
    );
  }
  return requireObject(body);
}

/**
 * Every body the API takes is a JSON object; `null`, a list, a string or a
 * number is refused here, once for every route, so no handler reads a field
 * of `null`.
 */
function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body === 'object' && body !== null && !Array.isArray(body))
    return body as Record<string, unknown>;
  const found = body === null ? 'null' : Array.isArray(body) ? 'a list' : `a ${typeof body}`;
  throw new HttpError(400, 'invalid-body', `The body must be a JSON object, not ${found}`, [
    { field: '', reason: `expected an object, got ${found}` },
  ]);
}

function tooLarge(limit: number): HttpError {
  return new HttpError(
    413,
    'payload-too-large',
    `The body is larger than ${Math.round(limit / 1024)} KiB`,
  );
}
