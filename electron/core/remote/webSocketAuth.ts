// Who may open the storage WebSocket. Browsers cannot set headers on a
// WebSocket, so the token may also come as `?token=`; both are compared in
// constant time (hashing first makes the lengths equal).
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';

export type StorageClientMode = 'console' | 'wall';

export type UpgradeDecision =
  { ok: true; mode: StorageClientMode } | { ok: false; status: RefusalStatus; reason: string };

export type RefusalStatus = 400 | 401 | 403 | 404 | 421 | 429 | 500 | 503;

/** What a token opens: the mode its holder may use at most (a wall token: only `wall`). */
export type StorageAuthoriser = (token: string) => Promise<StorageClientMode | undefined>;

export function decideUpgrade(
  request: IncomingMessage,
  url: URL,
  expectedToken: string,
): UpgradeDecision {
  const token = presentedToken(request, url);
  if (!token || !tokensMatch(token, expectedToken)) {
    return { ok: false, status: 401, reason: 'missing or wrong storage token' };
  }
  return decideMode(url, 'console');
}

export function presentedToken(request: IncomingMessage, url: URL): string | undefined {
  return bearerToken(request) ?? url.searchParams.get('token') ?? undefined;
}

/** The same decision with tokens of several kinds (sessions, wall tokens): the node's own check. */
export async function decideUpgradeWith(
  request: IncomingMessage,
  url: URL,
  authorise: StorageAuthoriser,
): Promise<UpgradeDecision> {
  const token = presentedToken(request, url);
  const granted = token ? await authorise(token) : undefined;
  if (!granted) return { ok: false, status: 401, reason: 'missing or wrong storage token' };
  return decideMode(url, granted);
}

function decideMode(url: URL, granted: StorageClientMode): UpgradeDecision {
  const mode = url.searchParams.get('mode') ?? granted;
  if (mode !== 'console' && mode !== 'wall') {
    return {
      ok: false,
      status: 400,
      reason: `unknown mode "${mode}" (use "wall" for read-only displays)`,
    };
  }
  // A wall token opens the read-only mode whatever the client asks for.
  return { ok: true, mode: granted === 'wall' ? 'wall' : mode };
}

function bearerToken(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  const match = header ? /^Bearer\s+(\S+)$/i.exec(header) : null;
  return match?.[1];
}

export function tokensMatch(given: string, expected: string): boolean {
  const digest = (value: string): Buffer => createHash('sha256').update(value, 'utf8').digest();
  return expected.length > 0 && timingSafeEqual(digest(given), digest(expected));
}

const STATUS_TEXT = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  421: 'Misdirected Request',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
} as const;

/** Answers a refused upgrade with a plain HTTP response and drops the socket. */
export function refuseUpgrade(socket: Duplex, status: RefusalStatus, reason: string): void {
  const body = `Lantern storage: ${reason}\n`;
  const headers = [
    `HTTP/1.1 ${status} ${STATUS_TEXT[status]}`,
    'Connection: close',
    'Content-Type: text/plain; charset=utf-8',
    `Content-Length: ${Buffer.byteLength(body)}`,
    ...(status === 401 ? ['WWW-Authenticate: Bearer'] : []),
  ];
  // end() flushes the answer and then closes; destroy() right after it could
  // drop the answer, so a socket that does not finish closing is destroyed later.
  socket.end(`${headers.join('\r\n')}\r\n\r\n${body}`);
  setTimeout(() => socket.destroy(), 1_000).unref();
}
