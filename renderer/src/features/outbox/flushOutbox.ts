import { createAppAsyncThunk } from '../../app/store/thunkTypes.ts';
import { isUnreachable } from '../commands/commandFailure.ts';
import { runCommand } from '../commands/runCommand.ts';
import { entryRefused, entrySent, sendingChanged } from './outboxSlice.ts';

/**
 * Sends the queued entries in the order they were written, each under its
 * own entry id. Stops at the first that still cannot reach the node; one
 * the node refuses stays, with the reason, for the person to read.
 */
export const flushOutbox = createAppAsyncThunk('outbox/flush', async (_: undefined, api) => {
  const { outbox } = api.getState();
  if (outbox.sending) return;
  api.dispatch(sendingChanged(true));
  try {
    for (const entry of outbox.entries) {
      if (entry.refusal) continue;
      const action = await api.dispatch(
        runCommand({
          name: 'addTimelineEntry',
          input: {
            incidentId: entry.incidentId,
            text: entry.text,
            kind: entry.kind,
            starred: entry.starred,
            entryId: entry.entryId,
            // Sent later, but it happened when it was written (recorded as backdated).
            occurredAt: entry.occurredAt ?? entry.queuedAt,
          },
        }),
      );
      if (runCommand.fulfilled.match(action)) {
        api.dispatch(entrySent(entry.entryId));
        continue;
      }
      if (!action.payload || isUnreachable(action.payload)) return;
      api.dispatch(entryRefused({ entryId: entry.entryId, reason: action.payload.message }));
    }
  } finally {
    api.dispatch(sendingChanged(false));
  }
});
