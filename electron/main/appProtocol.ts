import { readFile } from 'node:fs/promises';
import type { Protocol } from 'electron';
import { APP_SCHEME, mimeTypeFor, resolveRendererFile } from './rendererPath.ts';

/**
 * app:// serves the built renderer. It is registered as a standard, secure
 * scheme so the pages get a real origin (app://lantern), `'self'` in the CSP
 * works and fetch() can load our own assets. `corsEnabled` and `bypassCSP`
 * stay off: no other origin may read app://, and the CSP always applies.
 * Must run before the app is ready.
 */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true },
    },
  ]);
}

export interface RendererServerOptions {
  rootDir: string;
  contentSecurityPolicy: string;
  readFile?: (filePath: string) => Promise<Uint8Array<ArrayBuffer>>;
}

/** The app:// request handler: guarded path, index.html fallback for routes, strict headers. */
export function createRendererRequestHandler(
  options: RendererServerOptions,
): (request: Request) => Promise<Response> {
  const read = options.readFile ?? ((filePath: string) => readFile(filePath));
  const headers = (filePath: string) => ({
    'Content-Type': mimeTypeFor(filePath),
    'Content-Security-Policy': options.contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
  });
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return new Response(null, { status: 405 });
    const lookup = resolveRendererFile(options.rootDir, request.url);
    if (lookup.kind === 'refused') {
      console.warn(`app:// refused ${request.url}: ${lookup.reason}`);
      return new Response(null, { status: 403 });
    }
    const candidates = lookup.routeLike ? [lookup.path, lookup.indexPath] : [lookup.path];
    for (const filePath of candidates) {
      const body = await read(filePath).catch(() => undefined);
      if (body === undefined) continue;
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: headers(filePath),
      });
    }
    return new Response(null, { status: 404 });
  };
}

export function serveRenderer(
  protocol: Pick<Protocol, 'handle'>,
  options: RendererServerOptions,
): void {
  const handler = createRendererRequestHandler(options);
  protocol.handle(APP_SCHEME, handler);
}
