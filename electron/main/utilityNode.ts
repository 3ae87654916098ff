import { utilityProcess, type MessagePortMain } from 'electron';
import type { NodeChild } from './nodeSupervisor.ts';

/**
 * Forks the node entry (electron/core/nodeHost/nodeHostMain.ts, built to
 * .js) as an Electron utility process: Node with its own thread and event
 * loop, so a long SQLite write blocks neither main nor any window. Its
 * output goes to main's stdout and stderr.
 */
export function forkUtilityNode(modulePath: string): NodeChild<MessagePortMain> {
  return utilityProcess.fork(modulePath, [], { serviceName: 'Lantern node', stdio: 'inherit' });
}
