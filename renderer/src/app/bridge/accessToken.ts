/** Where earlier versions kept the node's access token; cleared, never read. */
export const TOKEN_STORAGE_KEY = 'lantern.accessToken';

/** The token in a fragment: `#token=XYZ`, or after a route, `#/wall?token=XYZ`. */
const FRAGMENT_TOKEN = /^#(?:(.*?)\?)?(.*)$/;

function takeFromFragment(url: URL): string | null {
  const match = FRAGMENT_TOKEN.exec(url.hash);
  if (!match) return null;
  const route = match[1] ?? '';
  const params = new URLSearchParams(match[2] ?? '');
  const token = params.get('token');
  if (!token) return null;
  params.delete('token');
  const rest = params.toString();
  url.hash = route ? `${route}${rest ? `?${rest}` : ''}` : rest;
  return token;
}

/**
 * The node prints `http://host:port/#/wall?token=XYZ` (a wall token) or
 * `/?token=XYZ`. On load the token leaves the address bar (history.replaceState)
 * and lives only in this page's memory: not in localStorage, not in history,
 * not shoulder-surfed from a wall display. A reload needs the printed URL again.
 */
export function takeAccessToken(
  win: Pick<Window, 'location' | 'history' | 'localStorage'> = window,
): string | null {
  forgetAccessToken(win.localStorage);
  const url = new URL(win.location.href);
  const token = takeFromFragment(url) ?? url.searchParams.get('token');
  if (!token) return null;
  url.searchParams.delete('token');
  const hash = url.hash === '#' ? '' : url.hash;
  win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${hash}`);
  return token;
}

/** Clears a token an earlier version kept in localStorage. */
export function forgetAccessToken(storage: Storage = window.localStorage): void {
  storage.removeItem(TOKEN_STORAGE_KEY);
}

/** The storage WebSocket address for a page served by the node (the transport adds token and mode). */
export function storageSocketUrl(pageUrl: string): string {
  const url = new URL('/api/v1/storage', pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
