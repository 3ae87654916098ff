import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { panelAdvanced, selectWallShownCount, WALL_PANEL_SECONDS } from './wallSlice.ts';

/** Moves to the next panel WALL_PANEL_SECONDS after the current one was shown. */
export function useWallRotation(panelCount: number): void {
  const dispatch = useAppDispatch();
  const shownCount = useAppSelector(selectWallShownCount);
  useEffect(() => {
    if (panelCount < 2) return;
    const timer = setTimeout(
      () => dispatch(panelAdvanced({ panelCount })),
      WALL_PANEL_SECONDS * 1000,
    );
    return () => clearTimeout(timer);
  }, [dispatch, panelCount, shownCount]);
}
