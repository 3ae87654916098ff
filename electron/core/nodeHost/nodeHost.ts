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
  const host = new NodeHost(options);
  options.parentPort.on('message', ({ data, ports }) => host.receive(data, ports));
}

class NodeHost {
  private readonly options: NodeHostOptions;
  private readonly log: NonNullable<NodeHostOptions['log']>;
  private starting: Promise<Running | undefined> | undefined;
  private running: Running | undefined;
  private closing = false;

  constructor(options: NodeHostOptions) {
    this.options = options;
    this.log =
      options.log ?? ((message, error) => console.error(`[lantern] ${message}`, error ?? ''));
  }

  receive(data: unknown, ports: HostPort[]): void {
    const parsed = mainToNodeSchema.safeParse(data);
    if (!parsed.success) {
      for (const port of ports) port.close();
      return this.log(`Refused a message from main: ${parsed.error.message}`);
    }
    const message = parsed.data;
    if (message.type === 'storage-port') return this.openStorage(message, ports);
    for (const unexpected of ports) unexpected.close();
    if (message.type === 'start') return this.start(message.options);
    if (message.type === 'request') return void this.answer(message);
    if (message.type === 'storage-close') return this.running?.storage.close(message.windowId);
    return void this.shutdown();
  }

  private post(message: NodeToMainMessage): void {
    this.options.parentPort.postMessage(message);
  }

  private start(startOptions: NodeStartOptions): void {
    if (this.starting) return this.log('Ignored a second start message from main.');
    const post = (message: NodeToMainMessage) => this.post(message);
    this.starting = startRunning(startOptions, this.options.startNode, post).then(
      (started) => {
        this.running = started;
        if (!this.closing)
          post({ type: 'ready', url: started.node.url, nodeId: started.node.nodeId });
        return started;
      },
      (error: unknown) => {
        this.log('The node could not start', error);
        post({ type: 'start-failed', error: errorReport(error) });
        return undefined;
      },
    );
  }

  private openStorage(
    message: Extract<MainToNodeMessage, { type: 'storage-port' }>,
    ports: HostPort[],
  ): void {
    const [port, ...extra] = ports;
    for (const unexpected of extra) unexpected.close();
    if (!port) return this.log('A storage-port message came without its port.');
    // Not serving (yet, or any more): closing the port makes the window ask again.
    if (!this.running || this.closing) return port.close();
    this.running.storage.open(message.windowId, message.readOnly, port);
  }

  private async answer(request: Extract<MainToNodeMessage, { type: 'request' }>): Promise<void> {
    const { id, method } = request;
    if (!this.running || this.closing) {
      const state = this.closing ? 'is shutting down' : 'has not started yet';
      return this.post({
        type: 'failure',
        id,
        error: { name: 'NodeNotServingError', message: `The Lantern node ${state}.` },
      });
    }
    const args = nodeRequests[method].args.safeParse(request.args);
    if (!args.success) {
      const reasons = zodProblems(args.error).map((p) => `${p.field || 'argument'}: ${p.reason}`);
      return this.post({
        type: 'failure',
        id,
        error: { name: 'NodeArgumentError', message: `${method}: ${reasons.join('; ')}` },
      });
    }
    try {
      this.post({
        type: 'response',
        id,
        result: await run(this.running.handlers, method, args.data),
      });
    } catch (error) {
      this.log(`${method} failed in the node`, error);
      this.post({ type: 'failure', id, error: errorReport(error) });
    }
  }

  private async shutdown(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    const stopping = await this.starting;
    try {
      if (stopping) {
        for (const stop of stopping.stopNotifying) stop();
        stopping.storage.closeAll();
        await stopping.node.close();
      }
      this.post({ type: 'closed' });
      this.options.exit(0);
    } catch (error) {
      this.log('The node did not close cleanly', error);
      this.options.exit(1);
    }
  }
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

function run<M extends NodeRequestName>(
  handlers: NodeRequestHandlers,
  method: M,
  args: unknown,
): Promise<unknown> {
  // `args` has just passed nodeRequests[method].args.
  return (handlers[method] as (input: unknown) => Promise<unknown>)(args);
}
