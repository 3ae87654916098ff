// Main's handle on the node running in a utilityProcess: starts it, asks it
// things (request/response with timeouts), hands it storage ports, restarts
// it when it dies and closes it on quit. Contract: shared/contract/nodeHost.ts.
import type { IpcArgs } from '../../shared/contract/ipc.ts';
import {
  nodeRequests,
  nodeToMainSchema,
  type MainToNodeMessage,
  type NodeErrorReport,
  type NodeRequestArgs,
  type NodeRequestName,
  type NodeRequestResult,
  type NodeStartOptions,
  type NodeToMainMessage,
} from '../../shared/contract/nodeHost.ts';
import { NodeFailureError, NodeStartError, NodeUnavailableError } from './errors.ts';
import { createPendingNodeRequests } from './pendingNodeRequests.ts';

/** The part of Electron's UtilityProcess main uses (a forked Node child in tests). */
export interface NodeChild<P> {
  postMessage(message: MainToNodeMessage, transfer?: P[]): void;
  on(event: 'message', listener: (message: unknown) => void): unknown;
  on(event: 'exit', listener: (code: number) => void): unknown;
  kill(): boolean;
}

export interface NodeReady {
  url: string;
  nodeId: string;
}

export interface NodeSupervisorOptions<P> {
  fork(): NodeChild<P>;
  startOptions: NodeStartOptions;
  onNotify(notification: IpcArgs<'notify'>): void;
  /** The node kept dying; the app cannot work without it. */
  onGaveUp(error: NodeUnavailableError): void;
  startTimeoutMs?: number;
  shutdownTimeoutMs?: number;
  requestTimeoutMs?: Partial<Record<NodeRequestName, number>>;
  /** Restart backoff; more than `maxCrashes` within `crashWindowMs` gives up. */
  restart?: {
    initialDelayMs?: number;
    maxDelayMs?: number;
    maxCrashes?: number;
    crashWindowMs?: number;
  };
  now?: () => number;
  log?: (message: string, detail?: unknown) => void;
}

export type NodePhase = 'starting' | 'ready' | 'restarting' | 'stopping' | 'stopped' | 'failed';

export interface NodeSupervisor<P> {
  /** First start: resolves when the node serves, rejects with NodeStartError. */
  start(): Promise<NodeReady>;
  request<M extends NodeRequestName>(
    method: M,
    args: NodeRequestArgs<M>,
  ): Promise<NodeRequestResult<M>>;
  /** Resolves once the node serves (after a restart too); rejects when it never will. */
  whenReady(): Promise<void>;
  /** Hands the node its end of a window's storage channel; a port that cannot go is closed. */
  postStoragePort(windowId: number, readOnly: boolean, port: P & { close(): void }): void;
  closeStorage(windowId: number): void;
  /** Asks the node to close its database and exit; kills it after the shutdown timeout. */
  shutdown(): Promise<void>;
  phase(): NodePhase;
}

/** Commands wait for SQLite, the demo seeds many documents, reads are quick. */
export const DEFAULT_REQUEST_TIMEOUT_MS: Record<NodeRequestName, number> = {
  command: 30_000,
  seedDemo: 120_000,
  nodeInfo: 10_000,
  syncStatus: 10_000,
  joinCode: 10_000,
  briefExists: 10_000,
};

type Waiter = { resolve(): void; reject(error: Error): void };

export function createNodeSupervisor<P>(options: NodeSupervisorOptions<P>): NodeSupervisor<P> {
  return new NodeProcessSupervisor(options);
}

class NodeProcessSupervisor<P> implements NodeSupervisor<P> {
  private readonly options: NodeSupervisorOptions<P>;
  private readonly log: (message: string, detail?: unknown) => void;
  private readonly now: () => number;
  private readonly restart: Required<NonNullable<NodeSupervisorOptions<P>['restart']>>;
  private readonly requests = createPendingNodeRequests();
  private startOptions: NodeStartOptions;
  private current: NodePhase = 'starting';
  private child: NodeChild<P> | undefined;
  private firstStart: { resolve(ready: NodeReady): void; reject(error: Error): void } | undefined;
  private startError: NodeErrorReport | undefined;
  private waiters: Waiter[] = [];
  private crashes: number[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private stopped: Promise<void> | undefined;
  private onStopped: (() => void) | undefined;

  constructor(options: NodeSupervisorOptions<P>) {
    this.options = options;
    this.log = options.log ?? ((message, detail) => console.error(message, detail ?? ''));
    this.now = options.now ?? Date.now;
    this.restart = {
      initialDelayMs: 250,
      maxDelayMs: 10_000,
      maxCrashes: 5,
      crashWindowMs: 60_000,
      ...options.restart,
    };
    this.startOptions = options.startOptions;
  }

  start(): Promise<NodeReady> {
    return new Promise<NodeReady>((resolve, reject) => {
      this.firstStart = { resolve, reject };
      this.spawn();
    });
  }

  async request<M extends NodeRequestName>(
    method: M,
    args: NodeRequestArgs<M>,
  ): Promise<NodeRequestResult<M>> {
    const timeoutMs = this.options.requestTimeoutMs?.[method] ?? DEFAULT_REQUEST_TIMEOUT_MS[method];
    const { id, answer } = this.requests.add(method, timeoutMs);
    this.whenReady().then(
      () => {
        if (!this.requests.isPending(id) || !this.child) return;
        this.requests.markSent(id);
        this.child.postMessage({ type: 'request', id, method, args });
      },
      (error: Error) => this.requests.fail(id, error),
    );
    const parsed = nodeRequests[method].result.safeParse(await answer);
    if (parsed.success) return parsed.data as NodeRequestResult<M>;
    throw new NodeFailureError({
      name: 'NodeAnswerError',
      message: `The Lantern node answered ${method} with something this version of Lantern does not understand.`,
    });
  }

  whenReady(): Promise<void> {
    const phase = this.current;
    if (phase === 'ready') return Promise.resolve();
    if (phase === 'stopping' || phase === 'stopped' || phase === 'failed')
      return Promise.reject(new NodeUnavailableError(`The Lantern node is ${phase}.`, false));
    return new Promise<void>((resolve, reject) => this.waiters.push({ resolve, reject }));
  }

  postStoragePort(windowId: number, readOnly: boolean, port: P & { close(): void }): void {
    if (this.current !== 'ready' || !this.child) return port.close();
    this.child.postMessage({ type: 'storage-port', windowId, readOnly }, [port]);
  }

  closeStorage(windowId: number): void {
    if (this.current === 'ready') this.child?.postMessage({ type: 'storage-close', windowId });
  }

  shutdown(): Promise<void> {
    this.stopped ??= new Promise<void>((resolve) => {
      clearTimeout(this.timer);
      this.current = 'stopping';
      this.onStopped = resolve;
      const closing = this.child;
      if (!closing) return this.ended(0);
      closing.postMessage({ type: 'shutdown' });
      const limitMs = this.options.shutdownTimeoutMs ?? 20_000;
      this.timer = setTimeout(() => {
        this.log(`The Lantern node did not close within ${limitMs / 1000} s; stopping it.`);
        closing.kill();
      }, limitMs);
    });
    return this.stopped;
  }

  phase(): NodePhase {
    return this.current;
  }

  private spawn(): void {
    this.current = 'starting';
    this.startError = undefined;
    const forked = this.options.fork();
    this.child = forked;
    forked.on('message', (raw) => {
      if (this.child === forked) this.receive(raw);
    });
    forked.on('exit', (code) => {
      if (this.child === forked) this.exited(code);
    });
    const limitMs = this.options.startTimeoutMs ?? 60_000;
    this.timer = setTimeout(() => {
      this.log(`The Lantern node did not start within ${limitMs / 1000} s; stopping it.`);
      forked.kill();
    }, limitMs);
    forked.postMessage({ type: 'start', options: this.startOptions });
  }

  private receive(raw: unknown): void {
    const parsed = nodeToMainSchema.safeParse(raw);
    if (!parsed.success) {
      this.log('Ignored a malformed message from the node', parsed.error.message);
      return;
    }
    this.handle(parsed.data);
  }

  private handle(message: NodeToMainMessage): void {
    if (message.type === 'ready') return this.ready(message);
    if (message.type === 'start-failed') {
      this.startError = message.error;
      // The node waits for main's word before it exits.
      return this.child?.postMessage({ type: 'shutdown' });
    }
    if (message.type === 'response') return this.requests.settle(message.id, message.result);
    if (message.type === 'failure')
      return this.requests.fail(message.id, new NodeFailureError(message.error));
    if (message.type === 'notify') return this.options.onNotify(message.notification);
  }

  private ready(message: NodeReady): void {
    clearTimeout(this.timer);
    if (this.current === 'stopping') return;
    this.current = 'ready';
    // Restarts keep the port, so the windows' CSP still names the node.
    this.startOptions = { ...this.startOptions, port: Number(new URL(message.url).port) };
    this.firstStart?.resolve({ url: message.url, nodeId: message.nodeId });
    this.firstStart = undefined;
    this.settleWaiters();
  }

  private exited(code: number): void {
    clearTimeout(this.timer);
    this.child = undefined;
    this.requests.failSent(
      () =>
        new NodeUnavailableError(
          `The Lantern node stopped (exit code ${code}) before it answered.`,
          true,
        ),
    );
    if (this.current === 'stopping' || this.firstStart) return this.ended(code);
    const at = this.now();
    this.crashes = [...this.crashes, at].filter((t) => at - t <= this.restart.crashWindowMs);
    if (this.crashes.length > this.restart.maxCrashes) return this.gaveUp(code);
    const delay = Math.min(
      this.restart.initialDelayMs * 2 ** (this.crashes.length - 1),
      this.restart.maxDelayMs,
    );
    this.log(`The Lantern node stopped (exit code ${code}); starting it again in ${delay} ms.`);
    this.current = 'restarting';
    this.timer = setTimeout(() => this.spawn(), delay);
  }

  private ended(code: number): void {
    this.current = 'stopped';
    const reason =
      this.startError?.message ?? `The Lantern node exited (code ${code}) before it started.`;
    this.firstStart?.reject(new NodeStartError(reason));
    this.firstStart = undefined;
    this.failEverything('Lantern is quitting: the node has stopped.');
    this.onStopped?.();
  }

  private gaveUp(code: number): void {
    this.current = 'failed';
    const message = `The Lantern node stopped ${this.crashes.length} times within ${this.restart.crashWindowMs / 1000} s (last exit code ${code}); it is not started again.`;
    this.failEverything(message);
    this.options.onGaveUp(new NodeUnavailableError(message, false));
  }

  private failEverything(message: string): void {
    this.settleWaiters(new NodeUnavailableError(message, false));
    this.requests.failAll((reachedNode) => new NodeUnavailableError(message, reachedNode));
  }

  private settleWaiters(error?: Error): void {
    const settling = this.waiters;
    this.waiters = [];
    for (const waiter of settling) {
      if (error) waiter.reject(error);
      else waiter.resolve();
    }
  }
}
