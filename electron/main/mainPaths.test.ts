import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { mainPaths, nodePortFromEnv } from './mainPaths.ts';

const input = {
  env: {},
  defaultUserData: path.resolve('/home/ops/.config/Lantern'),
  appPath: path.resolve('/opt/lantern/resources/app.asar'),
  mainDir: path.resolve('/opt/lantern/resources/app.asar/dist-electron/electron/main'),
};

describe('mainPaths', () => {
  it('keeps the node data under userData/data and finds the renderer, preload and node entry in the app', () => {
    expect(mainPaths(input)).toEqual({
      userData: input.defaultUserData,
      dataDir: path.join(input.defaultUserData, 'data'),
      rendererDir: path.join(input.appPath, 'dist', 'renderer'),
      preloadPath: path.join(input.appPath, 'dist-electron', 'electron', 'preload', 'preload.cjs'),
      nodeHostPath: path.join(
        input.appPath,
        ...['dist-electron', 'electron', 'core', 'nodeHost', 'nodeHostMain.js'],
      ),
      wallDisplayFile: path.join(input.defaultUserData, 'wall-display.json'),
    });
  });

  it('moves everything to LANTERN_DATA_DIR (a fresh folder per test)', () => {
    const paths = mainPaths({ ...input, env: { LANTERN_DATA_DIR: '/tmp/lantern-test-1' } });
    expect(paths.userData).toBe(path.resolve('/tmp/lantern-test-1'));
    expect(paths.dataDir).toBe(path.join(path.resolve('/tmp/lantern-test-1'), 'data'));
  });
});

describe('nodePortFromEnv', () => {
  it('reads LANTERN_PORT, including 0 for any free port', () => {
    expect(nodePortFromEnv({})).toBeUndefined();
    expect(nodePortFromEnv({ LANTERN_PORT: '0' })).toBe(0);
    expect(nodePortFromEnv({ LANTERN_PORT: '4871' })).toBe(4871);
  });

  it('refuses a port that is not one', () => {
    expect(() => nodePortFromEnv({ LANTERN_PORT: 'http' })).toThrow(/0 to 65535/);
    expect(() => nodePortFromEnv({ LANTERN_PORT: '70000' })).toThrow(RangeError);
  });
});
