import { useEffect, useRef } from 'react';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { newlyActiveIncident } from './wallAttention.ts';
import { focusShown } from './wallSlice.ts';

/** Brings a newly declared incident into the detail area (ignored while loading). */
export function useWallAttention(activeIds: readonly string[] | undefined): void {
  const dispatch = useAppDispatch();
  const previous = useRef<readonly string[] | undefined>(undefined);
  const key = activeIds ? activeIds.join('\n') : undefined;

  useEffect(() => {
    if (key === undefined) return;
    const next = key === '' ? [] : key.split('\n');
    const fresh = newlyActiveIncident(previous.current, next);
    previous.current = next;
    if (fresh) dispatch(focusShown(next.indexOf(fresh)));
  }, [key, dispatch]);
}
