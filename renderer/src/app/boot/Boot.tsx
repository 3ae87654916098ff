import { useCallback, useEffect, useState } from 'react';
import { createHashRouter } from 'react-router-dom';
import { ConnectScreen } from '../../features/connect/ConnectScreen.tsx';
import { LoadingScreen } from '../../ui/LoadingScreen.tsx';
import type { LanternConnection } from '../db/LanternContext.tsx';
import { LanternApp } from '../LanternApp.tsx';
import { lanternRoutes } from '../routes.tsx';
import { MissingTokenError, startLantern } from './startLantern.ts';
import { StartupFailure } from './StartupFailure.tsx';

type BootState =
  | { phase: 'starting' }
  | { phase: 'ready'; connection: LanternConnection }
  | { phase: 'failed'; error: Error };

const createRouter = () => createHashRouter(lanternRoutes);

/** Connects to the node, then renders the app; or says clearly why it cannot. */
export function Boot() {
  const [state, setState] = useState<BootState>({ phase: 'starting' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => {
    setState({ phase: 'starting' });
    setAttempt((count) => count + 1);
  }, []);

  useEffect(() => {
    let cancelled = false;
    startLantern().then(
      (connection) => {
        if (!cancelled) setState({ phase: 'ready', connection });
        else void connection.database.close().finally(() => connection.bridge.close());
      },
      (error: unknown) =>
        !cancelled &&
        setState({
          phase: 'failed',
          error: error instanceof Error ? error : new Error(String(error)),
        }),
    );
    return () => {
      cancelled = true;
    };
  }, [attempt]);

  if (state.phase === 'starting')
    return <LoadingScreen message="Connecting to the Lantern node…" />;
  if (state.phase === 'ready')
    return (
      <LanternApp
        connection={state.connection}
        createRouter={createRouter}
        storage={window.localStorage}
      />
    );
  if (state.error instanceof MissingTokenError)
    return <ConnectScreen reason={state.error.message || undefined} />;
  return <StartupFailure error={state.error} onRetry={retry} />;
}
