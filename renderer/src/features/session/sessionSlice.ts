import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** Who is at this keyboard. Kept per browser, so each wall or laptop remembers its operator. */
export interface SessionState {
  currentPersonId: string | null;
}

export const CURRENT_PERSON_STORAGE_KEY = 'lantern.currentPersonId';

export const initialSessionState: SessionState = { currentPersonId: null };

export const sessionSlice = createSlice({
  name: 'session',
  initialState: initialSessionState,
  reducers: {
    personChosen(state, action: PayloadAction<string>) {
      state.currentPersonId = action.payload;
    },
    personCleared(state) {
      state.currentPersonId = null;
    },
  },
  selectors: {
    selectCurrentPersonId: (state) => state.currentPersonId,
  },
});

export const { personChosen, personCleared } = sessionSlice.actions;
export const { selectCurrentPersonId } = sessionSlice.selectors;

export function loadSessionState(storage: Storage | undefined): SessionState {
  return { currentPersonId: storage?.getItem(CURRENT_PERSON_STORAGE_KEY) ?? null };
}
