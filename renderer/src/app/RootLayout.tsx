import { Outlet } from 'react-router-dom';
import { useConnectionSync } from '../features/connectivity/useConnectionSync.ts';
import { ToastRegion } from '../features/toasts/ToastRegion.tsx';

/** Around every route: connection state into the store, and the toasts. */
export function RootLayout() {
  useConnectionSync();
  return (
    <>
      <Outlet />
      <ToastRegion />
    </>
  );
}
