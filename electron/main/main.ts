// Lantern's Electron entry point. Everything that must run before the app is
// ready happens here; the rest is startDesktopApp.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, dialog, protocol } from 'electron';
import { registerAppScheme } from './appProtocol.ts';
import { startDesktopApp } from './desktopApp.ts';
import { mainPaths } from './mainPaths.ts';

const paths = mainPaths({
  env: process.env,
  defaultUserData: app.getPath('userData'),
  appPath: app.getAppPath(),
  mainDir: dirname(fileURLToPath(import.meta.url)),
});
// Before the single-instance lock: the lock lives in userData, so each
// LANTERN_DATA_DIR (one per test) is its own instance.
app.setPath('userData', paths.userData);
registerAppScheme(protocol);
app.enableSandbox();

if (!app.requestSingleInstanceLock()) {
  // Another Lantern owns this data folder; it brings its window forward.
  app.quit();
} else {
  app
    .whenReady()
    .then(() => startDesktopApp(paths, !app.isPackaged))
    .catch((error: unknown) => {
      const reason = error instanceof Error ? error.message : String(error);
      console.error('Lantern could not start', error);
      dialog.showErrorBox(
        'Lantern could not start',
        `${reason}\n\nData folder: ${paths.dataDir}\nIf another Lantern or "npm run serve" uses this folder, close it and start Lantern again.`,
      );
      app.exit(1);
    });
}
