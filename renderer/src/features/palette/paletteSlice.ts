import { createSlice } from '@reduxjs/toolkit';

export interface PaletteState {
  open: boolean;
}

export const initialPaletteState: PaletteState = { open: false };

export const paletteSlice = createSlice({
  name: 'palette',
  initialState: initialPaletteState,
  reducers: {
    paletteOpened(state) {
      state.open = true;
    },
    paletteClosed(state) {
      state.open = false;
    },
    paletteToggled(state) {
      state.open = !state.open;
    },
  },
  selectors: {
    selectPaletteOpen: (state) => state.open,
  },
});

export const { paletteOpened, paletteClosed, paletteToggled } = paletteSlice.actions;
export const { selectPaletteOpen } = paletteSlice.selectors;
