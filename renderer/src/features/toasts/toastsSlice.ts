import { createSlice, nanoid, type PayloadAction } from '@reduxjs/toolkit';
import type { FieldProblem } from '../../../../shared/commands/errors.ts';

export type ToastTone = 'error' | 'success' | 'info';

export interface Toast {
  id: string;
  tone: ToastTone;
  title: string;
  message?: string;
  problems: FieldProblem[];
  /** The command whose failure this reports; its next success clears it. */
  command?: string;
}

export interface ToastsState {
  toasts: Toast[];
}

/** Enough to read at a glance; older ones scroll off rather than pile up. */
export const MAX_TOASTS = 4;

export const initialToastsState: ToastsState = { toasts: [] };

export const toastsSlice = createSlice({
  name: 'toasts',
  initialState: initialToastsState,
  reducers: {
    toastShown: {
      reducer(state, action: PayloadAction<Toast>) {
        state.toasts.push(action.payload);
        if (state.toasts.length > MAX_TOASTS)
          state.toasts.splice(0, state.toasts.length - MAX_TOASTS);
      },
      prepare(toast: Omit<Toast, 'id' | 'problems'> & { problems?: FieldProblem[] }) {
        return { payload: { problems: [], ...toast, id: nanoid() } };
      },
    },
    toastDismissed(state, action: PayloadAction<string>) {
      state.toasts = state.toasts.filter((toast) => toast.id !== action.payload);
    },
    /** The command went through after all: its earlier failures are no longer true. */
    commandSucceeded(state, action: PayloadAction<string>) {
      state.toasts = state.toasts.filter((toast) => toast.command !== action.payload);
    },
  },
  selectors: {
    selectToasts: (state) => state.toasts,
  },
});

export const { toastShown, toastDismissed, commandSucceeded } = toastsSlice.actions;
export const { selectToasts } = toastsSlice.selectors;
