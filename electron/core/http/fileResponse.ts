import type { ServerResponse } from 'node:http';

/** A download: the browser saves it under `name` rather than showing it. */
export function sendFile(
  response: ServerResponse,
  type: string,
  name: string,
  body: string | Uint8Array,
): void {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : Buffer.from(body);
  response.writeHead(200, {
    'content-type': type,
    'content-length': payload.length,
    'content-disposition': `attachment; filename="${name}"`,
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  });
  response.end(payload);
}
