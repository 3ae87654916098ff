import { createAsyncThunk, type ThunkDispatch, type UnknownAction } from '@reduxjs/toolkit';
import type { RendererBridge } from '../bridge/rendererBridge.ts';
import type { CommandFailure } from '../../features/commands/commandFailure.ts';
import type { RootState } from './rootReducer.ts';

/** Services thunks reach through `extra`, never through module globals. */
export interface AppThunkExtra {
  bridge: RendererBridge;
}

export type AppDispatch = ThunkDispatch<RootState, AppThunkExtra, UnknownAction>;

export const createAppAsyncThunk = createAsyncThunk.withTypes<{
  state: RootState;
  dispatch: AppDispatch;
  extra: AppThunkExtra;
  rejectValue: CommandFailure;
}>();
