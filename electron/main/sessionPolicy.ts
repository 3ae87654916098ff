import type { Session } from 'electron';
import { APP_ORIGIN, urlOrigin } from './rendererPath.ts';

type PolicySession = Pick<
  Session,
  'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'webRequest'
>;

/** The only web permission a Lantern page gets: writing sanitized text to the clipboard. */
const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set(['clipboard-sanitized-write']);

export function isPermissionAllowed(permission: string, origin: string | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && urlOrigin(origin) === APP_ORIGIN;
}

/**
 * Deny-by-default permissions and the CSP header on every response of the
 * session (app:// responses carry it too; this also covers anything else).
 */
export function applySessionPolicy(session: PolicySession, contentSecurityPolicy: string): void {
  session.setPermissionRequestHandler((contents, permission, callback, details) => {
    callback(isPermissionAllowed(permission, details.requestingUrl ?? contents.getURL()));
  });
  session.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    isPermissionAllowed(permission, requestingOrigin),
  );
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: {
        ...details.responseHeaders,
        'Content-Security-Policy': [contentSecurityPolicy],
      },
    });
  });
}
