import type { Session } from 'electron';
import { describe, expect, it } from 'vitest';
import { applySessionPolicy, isPermissionAllowed } from './sessionPolicy.ts';

type RequestHandler = (
  contents: unknown,
  permission: string,
  callback: (granted: boolean) => void,
  details: { requestingUrl?: string },
) => void;
type CheckHandler = (contents: unknown, permission: string, origin: string) => boolean;
type HeadersListener = (
  details: { responseHeaders?: Record<string, string[]> },
  callback: (response: unknown) => void,
) => void;

function fakeSession() {
  const handlers: { request?: RequestHandler; check?: CheckHandler; headers?: HeadersListener } =
    {};
  const session = {
    setPermissionRequestHandler: (handler: RequestHandler) => (handlers.request = handler),
    setPermissionCheckHandler: (handler: CheckHandler) => (handlers.check = handler),
    webRequest: { onHeadersReceived: (listener: HeadersListener) => (handlers.headers = listener) },
  };
  applySessionPolicy(session as unknown as Session, "default-src 'self'");
  return handlers;
}

describe('session policy', () => {
  it('denies every permission request except clipboard writes from app://lantern', () => {
    const { request } = fakeSession();
    const answer = (permission: string, requestingUrl: string) => {
      let granted: boolean | undefined;
      request?.({ getURL: () => requestingUrl }, permission, (value) => (granted = value), {
        requestingUrl,
      });
      return granted;
    };
    expect(answer('media', 'app://lantern/index.html')).toBe(false);
    expect(answer('geolocation', 'app://lantern/index.html')).toBe(false);
    expect(answer('notifications', 'app://lantern/index.html')).toBe(false);
    expect(answer('clipboard-sanitized-write', 'app://lantern/index.html')).toBe(true);
    expect(answer('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
  });

  it('answers permission checks the same way', () => {
    const { check } = fakeSession();
    expect(check?.(null, 'openExternal', 'app://lantern')).toBe(false);
    expect(check?.(null, 'clipboard-sanitized-write', 'app://lantern')).toBe(true);
    expect(isPermissionAllowed('clipboard-sanitized-write', 'not a url')).toBe(false);
  });

  it('adds the CSP header to responses', () => {
    const { headers } = fakeSession();
    let response: unknown;
    headers?.(
      { responseHeaders: { 'Content-Type': ['text/html'] } },
      (value) => (response = value),
    );
    expect(response).toEqual({
      responseHeaders: {
        'Content-Type': ['text/html'],
        'Content-Security-Policy': ["default-src 'self'"],
      },
    });
  });
});
