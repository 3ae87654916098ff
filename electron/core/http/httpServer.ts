import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CommandError } from '../../../shared/commands/errors.ts';
import type { ApiContext } from './apiContext.ts';
import type { NodeFeature } from '../features/nodeFeature.ts';
import { registerApiRoutes } from './apiRoutes.ts';
import { HttpError, httpStatusOf } from './httpErrors.ts';
import { sendJson } from './jsonResponse.ts';
import { redactingLog } from './redactSecrets.ts';
import { RequestGuard } from './requestGuards.ts';
import { Router } from './router.ts';
import { serveRenderer } from './staticRenderer.ts';
import { TokenThrottle } from './tokenThrottle.ts';

export interface HttpServerOptions {
  api: ApiContext;
  /** The features whose routes the API serves (electron/core/features.ts). */
  features: readonly NodeFeature[];
  /**
   * Decides who an API request is from (or refuses it) before its route
   * runs; public routes skip it (electron/core/access/requestAuthentication.ts).
   */
  authenticate: (request: IncomingMessage, url: URL) => Promise<void>;
  /** Secrets never written to the log (the node token). */
  secrets: readonly string[];
  rendererDir: string;
  log: (message: string) => void;
  /** Host and Origin checks; shared with the storage WebSocket (node.ts). */
  guard?: RequestGuard;
  /** Wrong-token throttling per client address; shared with the storage WebSocket. */
  throttle?: TokenThrottle;
}

/** Idle keep-alive sockets and half-sent requests are dropped after these. */
export const SERVER_TIMEOUTS = {
  headersTimeout: 10_000,
  requestTimeout: 30_000,
  keepAliveTimeout: 5_000,
  idleSocketMs: 60_000,
} as const;

function sendError(response: ServerResponse, error: unknown, log: (message: string) => void): void {
  if (response.headersSent) {
    response.destroy();
    return;
  }
  if (error instanceof HttpError) return sendJson(response, error.status, error.body());
  if (error instanceof CommandError) {
    return sendJson(response, httpStatusOf(error), {
      error: { code: error.code, message: error.message, problems: error.problems },
    });
  }
  log(`unexpected error while handling a request: ${(error as Error)?.stack ?? String(error)}`);
  sendJson(response, 500, {
    error: {
      code: 'internal',
      message: 'The node hit an unexpected error; it has been logged',
      problems: [],
    },
  });
}

/** The node's HTTP server: API v1 under /api/v1, the built renderer everywhere else. */
export function createHttpServer(options: HttpServerOptions): Server {
  const router = new Router();
  registerApiRoutes(router, options.api, options.features);
  const log = redactingLog(options.log, options.secrets);
  const guard = options.guard ?? new RequestGuard();
  const throttle = options.throttle ?? new TokenThrottle();
  const server = createServer(
    {
      requestTimeout: SERVER_TIMEOUTS.requestTimeout,
      headersTimeout: SERVER_TIMEOUTS.headersTimeout,
      keepAliveTimeout: SERVER_TIMEOUTS.keepAliveTimeout,
    },
    (request, response) => {
      void handle(request, response).catch((error: unknown) => sendError(response, error, log));
    },
  );
  // A socket that sends nothing for this long is closed (slow-loris, abandoned clients).
  server.setTimeout(SERVER_TIMEOUTS.idleSocketMs, (socket) => socket.destroy());
  return server;

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://lantern.invalid');
    if (!url.pathname.startsWith('/api/'))
      return serveRenderer(options.rendererDir, request, response, url.pathname);
    const refused = guard.refusal(request);
    if (refused) throw new HttpError(refused.status, refused.code, refused.message);
    const match = router.match(request.method ?? 'GET', url.pathname);
    if (!match)
      throw new HttpError(404, 'not-found', `No API endpoint at ${request.method} ${url.pathname}`);
    if ('allowed' in match) {
      response.setHeader('allow', match.allowed.join(', '));
      throw new HttpError(
        405,
        'method-not-allowed',
        `${request.method} is not allowed here; use ${match.allowed.join(' or ')}`,
      );
    }
    if (!match.public) await authenticate(request, response, url);
    await match.handler({ request, response, params: match.params, url });
  }

  /** Throttles an address that keeps sending wrong credentials (docs/security.md). */
  async function authenticate(request: IncomingMessage, response: ServerResponse, url: URL) {
    const address = request.socket.remoteAddress ?? '';
    const waitMs = throttle.waitMs(address);
    if (waitMs > 0) {
      response.setHeader('retry-after', String(Math.ceil(waitMs / 1000)));
      throw new HttpError(
        429,
        'too-many-attempts',
        `Too many wrong tokens from this address: wait ${Math.ceil(waitMs / 1000)} s before trying again`,
      );
    }
    try {
      await options.authenticate(request, url);
      throttle.succeeded(address);
    } catch (error) {
      if (error instanceof HttpError && error.status === 401) {
        throttle.failed(address);
        response.setHeader('www-authenticate', 'Bearer realm="lantern"');
      }
      throw error;
    }
  }
}
