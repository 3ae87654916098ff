import path from 'node:path';

export interface MainPathsInput {
  env: Readonly<Record<string, string | undefined>>;
  /** `app.getPath('userData')` before any override. */
  defaultUserData: string;
  /** `app.getAppPath()`: the folder (or app.asar) holding package.json. */
  appPath: string;
  /** The folder of the built main.js (dist-electron/electron/main). */
  mainDir: string;
}

export interface MainPaths {
  /** Chromium profile, wall display memory; LANTERN_DATA_DIR moves all of it (tests). */
  userData: string;
  /** The node's data folder: database, identity, token. */
  dataDir: string;
  rendererDir: string;
  preloadPath: string;
  /** The node's entry for utilityProcess.fork (built from electron/core/nodeHost/nodeHostMain.ts). */
  nodeHostPath: string;
  wallDisplayFile: string;
}

export function mainPaths(input: MainPathsInput): MainPaths {
  const override = input.env.LANTERN_DATA_DIR?.trim();
  const userData = override ? path.resolve(override) : input.defaultUserData;
  return {
    userData,
    dataDir: path.join(userData, 'data'),
    rendererDir:
      input.env.LANTERN_RENDERER_DIR?.trim() || path.join(input.appPath, 'dist', 'renderer'),
    preloadPath: path.join(input.mainDir, '..', 'preload', 'preload.cjs'),
    nodeHostPath: path.join(input.mainDir, '..', 'core', 'nodeHost', 'nodeHostMain.js'),
    wallDisplayFile: path.join(userData, 'wall-display.json'),
  };
}

/** LANTERN_PORT picks the node's HTTP port (0 = any free port); unset keeps the node's default. */
export function nodePortFromEnv(
  env: Readonly<Record<string, string | undefined>>,
): number | undefined {
  const raw = env.LANTERN_PORT?.trim();
  if (!raw) return undefined;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) {
    throw new RangeError(`LANTERN_PORT must be a port number from 0 to 65535, not "${raw}".`);
  }
  return port;
}
