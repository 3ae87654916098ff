import { lanternWindowApi } from '../../app/bridge/lanternWindow.ts';
import type { RendererBridge } from '../../app/bridge/rendererBridge.ts';
import type { AppDispatch } from '../../app/store/thunkTypes.ts';
import { toastShown } from '../toasts/toastsSlice.ts';

/** The wall display URL for this page: same node, `#/wall` route. */
export function wallDisplayUrl(href: string): string {
  const url = new URL(href);
  url.hash = '#/wall';
  return url.toString();
}

/**
 * Desktop: a wall window on a second screen if there is one. Browser: a new
 * tab, which opens its own read-only connection.
 */
export async function openWallDisplay(
  bridge: RendererBridge,
  dispatch: AppDispatch,
  win: Window = window,
): Promise<void> {
  const api = lanternWindowApi(win);
  if (bridge.kind === 'electron' && api) {
    try {
      const displays = await api.listDisplays();
      const target =
        displays.find((display) => display.remembered) ??
        displays.find((display) => !display.primary) ??
        displays[0];
      if (target) await api.openWallDisplay(target.id);
    } catch (error) {
      dispatch(
        toastShown({
          tone: 'error',
          title: 'Could not open the wall display',
          message: String(error),
        }),
      );
    }
    return;
  }
  win.open(wallDisplayUrl(win.location.href), '_blank', 'noopener');
}
