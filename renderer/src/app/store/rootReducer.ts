import { combineSlices } from '@reduxjs/toolkit';
import { commandsSlice } from '../../features/commands/commandsSlice.ts';
import { connectivitySlice } from '../../features/connectivity/connectivitySlice.ts';
import { incidentsSlice } from '../../features/incidents/incidentsSlice.ts';
import { layoutSlice } from '../../features/layout/layoutSlice.ts';
import { modalsSlice } from '../../features/modals/modalsSlice.ts';
import { outboxSlice } from '../../features/outbox/outboxSlice.ts';
import { paletteSlice } from '../../features/palette/paletteSlice.ts';
import { sessionSlice } from '../../features/session/sessionSlice.ts';
import { timelineSlice } from '../../features/timeline/timelineSlice.ts';
import { toastsSlice } from '../../features/toasts/toastsSlice.ts';
import { wallSlice } from '../../features/wall/wallSlice.ts';

/** UI and session state only: documents live in RxDB and are read through query hooks. */
export const rootReducer = combineSlices(
  sessionSlice,
  connectivitySlice,
  commandsSlice,
  toastsSlice,
  paletteSlice,
  modalsSlice,
  layoutSlice,
  incidentsSlice,
  timelineSlice,
  wallSlice,
  outboxSlice,
);

export type RootState = ReturnType<typeof rootReducer>;
