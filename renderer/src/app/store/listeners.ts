import { createListenerMiddleware, isAnyOf } from '@reduxjs/toolkit';
import { commandFailureTitle } from '../../features/commands/commandLabels.ts';
import { runCommand, seedDemoOrganisation } from '../../features/commands/runCommand.ts';
import {
  CURRENT_PERSON_STORAGE_KEY,
  personChosen,
  personCleared,
} from '../../features/session/sessionSlice.ts';
import { commandSucceeded, toastShown } from '../../features/toasts/toastsSlice.ts';
import { isUnreachable } from '../../features/commands/commandFailure.ts';
import { nodeReachabilityChanged } from '../../features/connectivity/connectivitySlice.ts';
import {
  entryDiscarded,
  entryQueued,
  entryRefused,
  entrySent,
  OUTBOX_STORAGE_KEY,
} from '../../features/outbox/outboxSlice.ts';
import type { RootState } from './rootReducer.ts';
import type { AppDispatch } from './thunkTypes.ts';

/** Side effects that follow actions: toasts for failed commands, the remembered operator. */
export function createAppListeners(storage: Storage | undefined) {
  const middleware = createListenerMiddleware();
  const startAppListening = middleware.startListening.withTypes<RootState, AppDispatch>();

  startAppListening({
    actionCreator: runCommand.rejected,
    effect: (action, api) => {
      const failure = action.payload;
      if (failure && isUnreachable(failure)) api.dispatch(nodeReachabilityChanged(false));
      // An entry that could not reach the node waits in the visible queue instead.
      if (failure && isUnreachable(failure) && action.meta.arg.name === 'addTimelineEntry') return;
      api.dispatch(
        toastShown({
          tone: 'error',
          title: commandFailureTitle(action.meta.arg.name),
          message: failure?.message ?? action.error.message ?? 'The node did not answer.',
          problems: failure?.problems ?? [],
          command: action.meta.arg.name,
        }),
      );
    },
  });

  startAppListening({
    actionCreator: runCommand.fulfilled,
    effect: (action, api) => {
      api.dispatch(commandSucceeded(action.meta.arg.name));
      api.dispatch(nodeReachabilityChanged(true));
    },
  });

  startAppListening({
    actionCreator: seedDemoOrganisation.rejected,
    effect: (action, api) => {
      const message = action.payload?.message ?? action.error.message ?? 'The node did not answer.';
      api.dispatch(
        toastShown({ tone: 'error', title: 'Could not load the demo organisation', message }),
      );
    },
  });

  startAppListening({
    matcher: isAnyOf(personChosen, personCleared),
    effect: (_action, api) => {
      const personId = api.getState().session.currentPersonId;
      if (personId) storage?.setItem(CURRENT_PERSON_STORAGE_KEY, personId);
      else storage?.removeItem(CURRENT_PERSON_STORAGE_KEY);
    },
  });

  startAppListening({
    matcher: isAnyOf(entryQueued, entrySent, entryRefused, entryDiscarded),
    effect: (_action, api) => {
      storage?.setItem(OUTBOX_STORAGE_KEY, JSON.stringify(api.getState().outbox.entries));
    },
  });

  return middleware;
}
