import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** A timeline entry written while the node could not be reached; it goes when the node is back. */
export interface QueuedEntry {
  /** Chosen here, so a resend after a lost answer is recognised by the node and never doubled. */
  entryId: string;
  incidentId: string;
  text: string;
  kind: 'note' | 'decision' | 'system';
  starred: boolean;
  queuedAt: string;
  /** When it happened, if the person backdated it; otherwise the entry is dated when it was queued. */
  occurredAt?: string;
  /** Why the node refused it once it was reached (it stays until the person discards it). */
  refusal?: string;
}

export interface OutboxState {
  entries: QueuedEntry[];
  sending: boolean;
}

export const initialOutboxState: OutboxState = { entries: [], sending: false };

export const OUTBOX_STORAGE_KEY = 'lantern.timelineOutbox';

/** A reload keeps what was not sent yet (the browser's storage, this browser only). */
export function loadOutboxState(storage: Storage | undefined): OutboxState {
  try {
    const saved = JSON.parse(storage?.getItem(OUTBOX_STORAGE_KEY) ?? '[]') as unknown;
    return { entries: Array.isArray(saved) ? (saved as QueuedEntry[]) : [], sending: false };
  } catch {
    return initialOutboxState;
  }
}

export const outboxSlice = createSlice({
  name: 'outbox',
  initialState: initialOutboxState,
  reducers: {
    entryQueued(state, action: PayloadAction<QueuedEntry>) {
      if (!state.entries.some((e) => e.entryId === action.payload.entryId))
        state.entries.push(action.payload);
    },
    entrySent(state, action: PayloadAction<string>) {
      state.entries = state.entries.filter((e) => e.entryId !== action.payload);
    },
    entryRefused(state, action: PayloadAction<{ entryId: string; reason: string }>) {
      const entry = state.entries.find((e) => e.entryId === action.payload.entryId);
      if (entry) entry.refusal = action.payload.reason;
    },
    entryDiscarded(state, action: PayloadAction<string>) {
      state.entries = state.entries.filter((e) => e.entryId !== action.payload);
    },
    sendingChanged(state, action: PayloadAction<boolean>) {
      state.sending = action.payload;
    },
  },
  selectors: {
    selectQueuedEntries: (state) => state.entries,
    selectOutboxSending: (state) => state.sending,
  },
});

export const { entryQueued, entrySent, entryRefused, entryDiscarded, sendingChanged } =
  outboxSlice.actions;
export const { selectQueuedEntries, selectOutboxSending } = outboxSlice.selectors;
