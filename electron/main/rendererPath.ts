import path from 'node:path';

/** Every window loads from this origin; the renderer routes with the hash. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'lantern';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type RendererFileLookup =
  /** Serve `path`; when it does not exist and `routeLike`, serve `indexPath` instead. */
  | { kind: 'file'; path: string; indexPath: string; routeLike: boolean }
  | { kind: 'refused'; reason: string };

// Encoded separators, backslashes and NUL never appear in our own asset URLs.
const FORBIDDEN_ENCODED = /%(2f|5c|00)/i;

/**
 * Maps an app:// request URL to a file under `rootDir`, refusing anything
 * that could step outside it: `..` (plain or percent-encoded), backslashes,
 * NUL bytes, drive letters, other hosts and other schemes.
 */
export function resolveRendererFile(rootDir: string, requestUrl: string): RendererFileLookup {
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refused('the URL cannot be parsed');
  }
  if (url.protocol !== `${APP_SCHEME}:` || url.host !== APP_HOST)
    return refused(`only ${APP_ORIGIN} is served`);
  const segments = decodedSegments(url.pathname);
  if (typeof segments === 'string') return refused(segments);
  const root = path.resolve(rootDir);
  const indexPath = path.join(root, 'index.html');
  const relative = segments.length === 0 ? 'index.html' : segments.join('/');
  const resolved = path.resolve(root, relative);
  if (resolved !== root && !resolved.startsWith(root + path.sep))
    return refused('the path leaves the renderer folder');
  const last = segments.at(-1) ?? 'index.html';
  return { kind: 'file', path: resolved, indexPath, routeLike: !last.includes('.') };
}

/** The path's segments, decoded; or why they are refused. */
function decodedSegments(rawPath: string): string[] | string {
  if (rawPath.includes('\\') || FORBIDDEN_ENCODED.test(rawPath))
    return 'encoded separators and NUL are not allowed';
  let decoded: string;
  try {
    decoded = decodeURIComponent(rawPath);
  } catch {
    return 'the path is not valid percent-encoding';
  }
  if (decoded.includes('\0') || decoded.includes('\\'))
    return 'encoded separators and NUL are not allowed';
  const segments = decoded.split('/').filter((segment) => segment.length > 0);
  if (segments.some((segment) => segment === '..' || segment === '.'))
    return 'dot segments are not allowed';
  if (segments.some((segment) => segment.includes(':')))
    return 'drive letters and colons are not allowed';
  return segments;
}

function refused(reason: string): RendererFileLookup {
  return { kind: 'refused', reason };
}

/** `scheme://host` of a URL, or undefined when it is not one. */
export function urlOrigin(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

const MIME_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.wasm': 'application/wasm',
  '.txt': 'text/plain; charset=utf-8',
};

export function mimeTypeFor(filePath: string): string {
  return MIME_TYPES[path.extname(filePath).toLowerCase()] ?? 'application/octet-stream';
}
