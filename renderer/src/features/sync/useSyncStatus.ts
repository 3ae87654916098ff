import { useEffect, useState } from 'react';
import type { SyncStatus } from '../../../../shared/sync/syncStatus.ts';
import { useLantern } from '../../app/db/LanternContext.tsx';
import { useClock } from '../../app/clock/ClockContext.tsx';

export const SYNC_POLL_MS = 2000;

export type SyncStatusState =
  | { kind: 'loading' }
  | { kind: 'unavailable' }
  | { kind: 'error'; message: string }
  | { kind: 'ready'; status: SyncStatus; at: Date };

/** The node's peer-sync status, asked for every two seconds while the view is open. */
export function useSyncStatus(): SyncStatusState {
  const { bridge } = useLantern();
  const clock = useClock();
  const [state, setState] = useState<SyncStatusState>(
    bridge.syncStatus ? { kind: 'loading' } : { kind: 'unavailable' },
  );
  useEffect(() => {
    const ask = bridge.syncStatus?.bind(bridge);
    if (!ask) return;
    let stopped = false;
    const poll = async () => {
      try {
        const status = await ask();
        if (!stopped) setState({ kind: 'ready', status, at: new Date(clock.now()) });
      } catch (error) {
        if (!stopped) setState({ kind: 'error', message: (error as Error).message });
      }
    };
    void poll();
    const timer = setInterval(() => void poll(), SYNC_POLL_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [bridge, clock]);
  return state;
}
