import type { WebContents } from 'electron';
import { APP_ORIGIN, urlOrigin } from './rendererPath.ts';

type GuardableWebContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;

/**
 * Lantern windows never go anywhere else: no navigation away from app://lantern
 * (the hash router changes only the fragment, which is not a navigation; a
 * page reload stays on our origin), no redirects, no popups, no <webview>.
 * Links to the outside world are not opened; the renderer shows them as text.
 */
export function guardWebContents(
  contents: GuardableWebContents,
  log: (message: string) => void = console.warn,
): void {
  contents.on('will-navigate', (event) => {
    if (urlOrigin(event.url) === APP_ORIGIN) return;
    event.preventDefault();
    log(`Blocked navigation to ${event.url}`);
  });
  contents.on('will-frame-navigate', (event) => {
    if (event.isMainFrame) return; // covered by will-navigate
    event.preventDefault();
    log(`Blocked frame navigation to ${event.url}`);
  });
  contents.on('will-redirect', (event) => {
    event.preventDefault();
    log(`Blocked redirect to ${event.url}`);
  });
  contents.on('will-attach-webview', (event) => {
    event.preventDefault();
    log('Blocked a <webview>');
  });
  contents.setWindowOpenHandler(({ url }) => {
    log(`Blocked a new window for ${url}`);
    return { action: 'deny' };
  });
}
