import { useEffect } from 'react';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { panelAdvanced, WALL_PANEL_SECONDS } from './wallSlice.ts';

/** Advances the wall to its next panel every WALL_PANEL_SECONDS. */
export function useWallRotation(panelCount: number): void {
  const dispatch = useAppDispatch();
  useEffect(() => {
    if (panelCount < 2) return;
    const timer = setInterval(
      () => dispatch(panelAdvanced({ panelCount })),
      WALL_PANEL_SECONDS * 1000,
    );
    return () => clearInterval(timer);
  }, [dispatch, panelCount]);
}
