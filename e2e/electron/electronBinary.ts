import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export const ELECTRON_SKIP_REASON =
  'Electron binary not installed here (npm could not download it): skipping the Electron suite';

/**
 * Where the Electron executable is, or undefined when it was never
 * downloaded. Deliberately not `require('electron')`: when the binary is
 * missing that starts a download (which fails offline) instead of answering.
 */
export function electronExecutablePath(): string | undefined {
  const packageDir = join(repoRoot, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? join(packageDir, 'dist');
  const executable = join(distDir, relative);
  return existsSync(executable) ? executable : undefined;
}

export function electronBinaryAvailable(): boolean {
  return electronExecutablePath() !== undefined;
}

/** The app must be built (npm run build) before the suite launches it. */
export function missingBuildOutputs(): string[] {
  return [
    'dist-electron/electron/main/main.js',
    'dist-electron/electron/preload/preload.cjs',
    'dist-electron/electron/core/nodeHost/nodeHostMain.js',
    'dist/renderer/index.html',
  ].filter((relative) => !existsSync(join(repoRoot, relative)));
}
