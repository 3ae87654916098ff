import { CommandError } from '../../../../shared/commands/errors.ts';
import type { LanternApi } from '../../../../shared/contract/ipc.ts';
import { createLanternDatabase } from '../../../../shared/store/database.ts';
import { forgetAccessToken, storageSocketUrl, takeAccessToken } from '../bridge/accessToken.ts';
import { createBrowserBridge } from '../bridge/browserBridge.ts';
import { createElectronBridge } from '../bridge/electronBridge.ts';
import { lanternWindowApi, requestStoragePort } from '../bridge/lanternWindow.ts';
import type { RendererBridge } from '../bridge/rendererBridge.ts';
import type { LanternConnection } from '../db/LanternContext.tsx';
import { createMessagePortRemoteStorage } from '../remote/messagePortStorage.ts';
import { createWebSocketRemoteStorage } from '../remote/webSocketStorage.ts';

/** No usable access token: none in the address or remembered, or the node refused it (message says so). */
export class MissingTokenError extends Error {
  override name = 'MissingTokenError';
}

/** Wall displays (`#/wall`) connect read-only: the node refuses their writes. */
export function isWallLocation(location: Pick<Location, 'hash'>): boolean {
  return /^#\/wall(\/|$|\?)/.test(location.hash);
}

interface OpenedBridge {
  bridge: RendererBridge;
  /** Proves the bridge may read and write before the database opens over it. */
  checkAccess(): Promise<void>;
}

async function openElectronBridge(api: LanternApi, win: Window): Promise<OpenedBridge> {
  const first = await requestStoragePort(api, win);
  let unused: MessagePort | undefined = first.port;
  const storage = createMessagePortRemoteStorage({
    // The first port came with the grant; reconnects ask main for a fresh one.
    requestPort: async () => {
      const port = unused ?? (await requestStoragePort(api, win)).port;
      unused = undefined;
      return port;
    },
  });
  const bridge = createElectronBridge({ api, storage, readOnly: first.grant.readOnly });
  return { bridge, checkAccess: async () => undefined };
}

function openBrowserBridge(win: Window): OpenedBridge {
  const token = takeAccessToken(win);
  if (!token) throw new MissingTokenError();
  const readOnly = isWallLocation(win.location);
  const storage = createWebSocketRemoteStorage({
    url: storageSocketUrl(win.location.href),
    token,
    readOnly,
  });
  const bridge = createBrowserBridge({ origin: win.location.origin, token, readOnly, storage });
  return { bridge, checkAccess: () => bridge.checkAccess() };
}

/** Picks the bridge for where we run, asks the node who it is, and opens its database. */
export async function startLantern(win: Window = window): Promise<LanternConnection> {
  const api = lanternWindowApi(win);
  const { bridge, checkAccess } = api ? await openElectronBridge(api, win) : openBrowserBridge(win);
  try {
    const nodeInfo = await bridge.nodeInfo();
    await checkAccess();
    const database = await createLanternDatabase({
      name: nodeInfo.databaseName,
      storage: bridge.storage,
    });
    return { bridge, database, nodeInfo };
  } catch (error) {
    await bridge.close().catch(() => undefined);
    if (!api && error instanceof CommandError && error.code === 'forbidden') {
      forgetAccessToken(win.localStorage);
      throw new MissingTokenError(error.message);
    }
    throw error;
  }
}
