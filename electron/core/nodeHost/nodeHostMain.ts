// Entry point of the Lantern node inside Electron: electron/main forks this
// module with utilityProcess.fork, so synchronous SQLite writes block this
// process and never the windows. It waits for main's `start` message.
import { startNode } from '../node.ts';
import type { ParentPortLike } from './hostPorts.ts';
import { runNodeHost } from './nodeHost.ts';

const { parentPort } = process as NodeJS.Process & { parentPort?: ParentPortLike };
if (parentPort) {
  runNodeHost({ parentPort, startNode, exit: (code) => process.exit(code) });
} else {
  console.error(
    'nodeHostMain runs inside Lantern (Electron utilityProcess); for a node on its own use "npm run serve".',
  );
  process.exitCode = 1;
}
