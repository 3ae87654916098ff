// The node's side of the utility process: waits for main's `start`, starts
// the node from the data folder, then answers requests, serves each window's
// storage port and forwards desktop notifications, all on the parent port.
// Main decides when this process ends (`shutdown`); a crash ends it early and
// main starts a new one. Contract: shared/contract/nodeHost.ts.
import {
  errorReport,
  mainToNodeSchema,
  nodeRequests,
  type MainToNodeMessage,
  type NodeRequestName,
  type NodeStartOptions,
  type NodeToMainMessage,
} from '../../../shared/contract/nodeHost.ts';
import { zodProblems } from '../../../shared/commands/zodProblems.ts';
import type { LanternNode, StartNodeOptions } from '../node.ts';
import { attachRemoteStorageConnection } from '../remote/remoteStorageServer.ts';
import { readSyncConfigFile } from '../sync/syncConfigFile.ts';
import { notifyCommunicationsDue } from './communicationNotifications.ts';
import { notifyHandoffReminders } from './handoffNotifications.ts';
import type { HostPort, ParentPortLike } from './hostPorts.ts';
import { nodeRequestHandlers, type NodeRequestHandlers } from './nodeRequestHandlers.ts';
import { notifyPages, type PageNotification } from './pageNotifications.ts';
import { createWindowStorage, type WindowStorage } from './windowStorage.ts';

export interface NodeHostOptions {
  parentPort: ParentPortLike;
  startNode(options: StartNodeOptions): Promise<LanternNode>;
  exit(code: number): void;
  log?: (message: string, error?: unknown) => void;
}

interface Running {
  node: LanternNode;
  storage: WindowStorage;
  handlers: NodeRequestHandlers;
  stopNotifying: (() => void)[];
}

export function runNodeHost(options: NodeHostOptions): void {
  const log =
    options.log ?? ((message, error) => console.error(`[lantern] ${message}`, error ?? ''));
  const post = (message: NodeToMainMessage) => options.parentPort.postMessage(message);
  let starting: Promise<Running | undefined> | undefined;
  let running: Running | undefined;
  let closing = false;

  const start = (startOptions: NodeStartOptions) => {
    if (starting) return log('Ignored a second start message from main.');
    starting = startRunning(startOptions, options.startNode, post).then(
      (started) => {
        running = started;
        if (!closing) post({ type: 'ready', url: started.node.url, nodeId: started.node.nodeId });
        return started;
      },
      (error: unknown) => {
        log('The node could not start', error);
        post({ type: 'start-failed', error: errorReport(error) });
        return undefined;
      },
    );
  };

  const shutdown = async () => {
    if (closing) return;
    closing = true;
    const stopping = await starting;
    try {
      if (stopping) {
        for (const stop of stopping.stopNotifying) stop();
        stopping.storage.closeAll();
        await stopping.node.close();
      }
      post({ type: 'closed' });
      options.exit(0);
    } catch (error) {
      log('The node did not close cleanly', error);
      options.exit(1);
    }
  };

  const receive = (message: MainToNodeMessage, ports: HostPort[]) => {
    if (message.type === 'storage-port') {
      const [port, ...extra] = ports;
      for (const unexpected of extra) unexpected.close();
      // Not serving (yet, or any more): closing the port makes the window ask again.
      if (!port) return log('A storage-port message came without its port.');
      if (!running || closing) return port.close();
      return running.storage.open(message.windowId, message.readOnly, port);
    }
    for (const unexpected of ports) unexpected.close();
    if (message.type === 'start') return start(message.options);
    if (message.type === 'request') return void answer(message, running, closing, post, log);
    if (message.type === 'storage-close') return running?.storage.close(message.windowId);
    return void shutdown();
  };

  options.parentPort.on('message', ({ data, ports }) => {
    const parsed = mainToNodeSchema.safeParse(data);
    if (parsed.success) return receive(parsed.data, ports);
    for (const port of ports) port.close();
    log(`Refused a message from main: ${parsed.error.message}`);
  });
}

async function startRunning(
  options: NodeStartOptions,
  startNode: NodeHostOptions['startNode'],
  post: (message: NodeToMainMessage) => void,
): Promise<Running> {
  const sync = readSyncConfigFile(options.dataDir);
  const node = await startNode({
    dataDir: options.dataDir,
    rendererDir: options.rendererDir,
    demo: options.demo,
    ...(options.port === undefined ? {} : { port: options.port }),
    ...(sync ? { sync } : {}),
  });
  const notify = (notification: PageNotification) =>
    post({
      type: 'notify',
      notification: {
        title: notification.title.slice(0, 120),
        body: notification.body.slice(0, 1000),
      },
    });
  return {
    node,
    storage: createWindowStorage({
      database: node.database,
      attach: attachRemoteStorageConnection,
    }),
    handlers: nodeRequestHandlers(node),
    stopNotifying: [
      notifyPages(node, notify),
      notifyCommunicationsDue(node, notify),
      notifyHandoffReminders(node, notify),
    ],
  };
}

async function answer(
  request: Extract<MainToNodeMessage, { type: 'request' }>,
  running: Running | undefined,
  closing: boolean,
  post: (message: NodeToMainMessage) => void,
  log: NonNullable<NodeHostOptions['log']>,
): Promise<void> {
  const { id, method } = request;
  if (!running || closing) {
    const state = closing ? 'is shutting down' : 'has not started yet';
    return post({
      type: 'failure',
      id,
      error: { name: 'NodeNotServingError', message: `The Lantern node ${state}.` },
    });
  }
  const args = nodeRequests[method].args.safeParse(request.args);
  if (!args.success) {
    const reasons = zodProblems(args.error).map((p) => `${p.field || 'argument'}: ${p.reason}`);
    return post({
      type: 'failure',
      id,
      error: { name: 'NodeArgumentError', message: `${method}: ${reasons.join('; ')}` },
    });
  }
  try {
    post({ type: 'response', id, result: await run(running.handlers, method, args.data) });
  } catch (error) {
    log(`${method} failed in the node`, error);
    post({ type: 'failure', id, error: errorReport(error) });
  }
}

function run<M extends NodeRequestName>(
  handlers: NodeRequestHandlers,
  method: M,
  args: unknown,
): Promise<unknown> {
  // `args` has just passed nodeRequests[method].args.
  return (handlers[method] as (input: unknown) => Promise<unknown>)(args);
}
