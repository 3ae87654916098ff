import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { CommandError } from '../../../shared/commands/errors.ts';
import type { ApiContext } from './apiContext.ts';
import type { NodeFeature } from '../features/nodeFeature.ts';
import { registerApiRoutes } from './apiRoutes.ts';
import { HttpError, httpStatusOf } from './httpErrors.ts';
import { sendJson } from './jsonResponse.ts';
import { Router } from './router.ts';
import { serveRenderer } from './staticRenderer.ts';

export interface HttpServerOptions {
  api: ApiContext;
  /** The features whose routes the API serves (electron/core/features.ts). */
  features: readonly NodeFeature[];
  /**
   * Decides who an API request is from (or refuses it) before its route
   * runs; public routes skip it (electron/core/access/requestAuthentication.ts).
   */
  authenticate: (request: IncomingMessage, url: URL) => Promise<void>;
  rendererDir: string;
  log: (message: string) => void;
}

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
  return createServer({ requestTimeout: 30_000, headersTimeout: 10_000 }, (request, response) => {
    void handle(request, response).catch((error: unknown) =>
      sendError(response, error, options.log),
    );
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://lantern.invalid');
    if (!url.pathname.startsWith('/api/'))
      return serveRenderer(options.rendererDir, request, response, url.pathname);
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
    if (!match.public) {
      await options.authenticate(request, url).catch((error: unknown) => {
        if (error instanceof HttpError && error.status === 401)
          response.setHeader('www-authenticate', 'Bearer realm="lantern"');
        throw error;
      });
    }
    await match.handler({ request, response, params: match.params, url });
  }
}
