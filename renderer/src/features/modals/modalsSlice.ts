import { createSlice, type PayloadAction } from '@reduxjs/toolkit';

/** Dialogs opened from anywhere (button, palette, keyboard, desktop menu). */
export type ModalName =
  | 'declare-incident'
  | 'change-status'
  | 'resolve-incident'
  | 'reclassify'
  | 'assign-role'
  | 'transfer-command'
  | 'record-decision'
  | 'declare-sub-incident'
  | 'stop-paging';

export interface ModalsState {
  open: ModalName | null;
}

export const initialModalsState: ModalsState = { open: null };

export const modalsSlice = createSlice({
  name: 'modals',
  initialState: initialModalsState,
  reducers: {
    modalOpened(state, action: PayloadAction<ModalName>) {
      state.open = action.payload;
    },
    modalClosed(state) {
      state.open = null;
    },
  },
  selectors: {
    selectOpenModal: (state) => state.open,
  },
});

export const { modalOpened, modalClosed } = modalsSlice.actions;
export const { selectOpenModal } = modalsSlice.selectors;
