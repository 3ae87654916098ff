import { createContext, useContext, type ReactNode } from 'react';
import type { LanternDatabase } from '../../../../shared/store/database.ts';
import type { NodeInfo } from '../../../../shared/contract/nodeInfo.ts';
import type { RendererBridge } from '../bridge/rendererBridge.ts';

/** The node this window talks to and the database it reads from. */
export interface LanternConnection {
  bridge: RendererBridge;
  database: LanternDatabase;
  nodeInfo: NodeInfo;
}

const LanternContext = createContext<LanternConnection | null>(null);

export function LanternProvider({
  connection,
  children,
}: {
  connection: LanternConnection;
  children: ReactNode;
}) {
  return <LanternContext.Provider value={connection}>{children}</LanternContext.Provider>;
}

export function useLantern(): LanternConnection {
  const connection = useContext(LanternContext);
  if (!connection) throw new Error('useLantern must be used inside <LanternProvider>.');
  return connection;
}

export function useDatabase(): LanternDatabase {
  return useLantern().database;
}
