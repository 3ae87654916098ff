import { useEffect } from 'react';
import { useAppDispatch, useAppSelector } from '../../app/store/hooks.ts';
import { focusAdvanced, selectWallShownCount, WALL_DETAIL_SECONDS } from './wallSlice.ts';

/** Moves the detail to the next incident WALL_DETAIL_SECONDS after the current one was shown. */
export function useWallRotation(incidentCount: number, pinned: boolean): void {
  const dispatch = useAppDispatch();
  const shownCount = useAppSelector(selectWallShownCount);
  useEffect(() => {
    if (pinned || incidentCount < 2) return;
    const timer = setTimeout(
      () => dispatch(focusAdvanced({ incidentCount })),
      WALL_DETAIL_SECONDS * 1000,
    );
    return () => clearTimeout(timer);
  }, [dispatch, incidentCount, pinned, shownCount]);
}
