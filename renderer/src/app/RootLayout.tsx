import { Outlet } from 'react-router-dom';
import { useConnectionSync } from '../features/connectivity/useConnectionSync.ts';
import { useOutboxFlusher } from '../features/outbox/useOutboxFlusher.ts';
import { ToastRegion } from '../features/toasts/ToastRegion.tsx';

/** Around every route: connection state into the store, the offline queue's sender, and the toasts. */
export function RootLayout() {
  useConnectionSync();
  useOutboxFlusher();
  return (
    <>
      <Outlet />
      <ToastRegion />
    </>
  );
}
