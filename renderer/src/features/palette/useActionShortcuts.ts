import { useEffect } from 'react';
import { lanternWindowApi } from '../../app/bridge/lanternWindow.ts';
import { IS_MAC } from '../../ui/platform.ts';
import { matchesKeys } from './keyBindings.ts';
import type { ActionContext, LanternAction } from './lanternActions.ts';

/** Global key bindings and desktop menu items both perform the same action objects. */
export function useActionShortcuts(
  actions: readonly LanternAction[],
  context: ActionContext,
): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const action = actions.find(
        (candidate) => candidate.keys && matchesKeys(event, candidate.keys, IS_MAC),
      );
      if (!action) return;
      event.preventDefault();
      action.perform(context);
    }
    window.addEventListener('keydown', onKeyDown);
    const unsubscribeMenu = lanternWindowApi()?.onMenuAction((actionId) => {
      actions.find((candidate) => candidate.id === actionId)?.perform(context);
    });
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      unsubscribeMenu?.();
    };
  }, [actions, context]);
}
