import { Outlet } from 'react-router-dom';
import { useConnectionSync } from '../features/connectivity/useConnectionSync.ts';
import { useOutboxFlusher } from '../features/outbox/useOutboxFlusher.ts';
import { TimeFormatProvider } from '../features/time/TimeFormatProvider.tsx';
import { ToastRegion } from '../features/toasts/ToastRegion.tsx';

/** Around every route: connection state into the store, the offline queue's sender, the viewer's time zone, and the toasts. */
export function RootLayout() {
  useConnectionSync();
  useOutboxFlusher();
  return (
    <TimeFormatProvider>
      <Outlet />
      <ToastRegion />
    </TimeFormatProvider>
  );
}
