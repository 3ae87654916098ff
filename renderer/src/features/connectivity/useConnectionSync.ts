import { useEffect } from 'react';
import { useClock } from '../../app/clock/ClockContext.tsx';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { connectionChanged } from './connectivitySlice.ts';

/** Mirrors the bridge's connection state into the store, where every screen can read it. */
export function useConnectionSync(): void {
  const { bridge } = useLantern();
  const clock = useClock();
  const dispatch = useAppDispatch();
  useEffect(() => {
    const subscription = bridge.connection$.subscribe((state) =>
      dispatch(connectionChanged(state, new Date(clock.now()))),
    );
    return () => subscription.unsubscribe();
  }, [bridge, clock, dispatch]);
}
