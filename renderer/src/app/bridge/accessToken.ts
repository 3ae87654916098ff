/** Where the browser keeps the node's access token between visits. */
export const TOKEN_STORAGE_KEY = 'lantern.accessToken';

/**
 * The node prints `http://host:port/?token=XYZ`. On load the token moves from
 * the address bar into localStorage, so it is not left in history or
 * shoulder-surfed from a wall display.
 */
export function takeAccessToken(
  win: Pick<Window, 'location' | 'history' | 'localStorage'> = window,
): string | null {
  const url = new URL(win.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    win.localStorage.setItem(TOKEN_STORAGE_KEY, fromUrl);
    url.searchParams.delete('token');
    win.history.replaceState(win.history.state, '', `${url.pathname}${url.search}${url.hash}`);
    return fromUrl;
  }
  return win.localStorage.getItem(TOKEN_STORAGE_KEY);
}

export function forgetAccessToken(storage: Storage = window.localStorage): void {
  storage.removeItem(TOKEN_STORAGE_KEY);
}

/** The storage WebSocket address for a page served by the node (the transport adds token and mode). */
export function storageSocketUrl(pageUrl: string): string {
  const url = new URL('/api/v1/storage', pageUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}
