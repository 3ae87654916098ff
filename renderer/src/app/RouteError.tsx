import { isRouteErrorResponse, useRouteError } from 'react-router-dom';
import { ScreenFailure } from './ErrorBoundary.tsx';

export function RouteError() {
  const failure = useRouteError();
  const error = isRouteErrorResponse(failure)
    ? new Error(`${failure.status} ${failure.statusText}`)
    : failure instanceof Error
      ? failure
      : new Error(String(failure));
  return <ScreenFailure error={error} onReload={() => window.location.reload()} />;
}
