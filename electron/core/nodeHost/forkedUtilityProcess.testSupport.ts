// A stand-in for Electron's UtilityProcess under plain Node: the module runs
// in a real child process (child_process.fork), so it can crash, be killed
// and hold its own SQLite lock. MessagePorts cannot cross Node processes, so
// each transferred port is relayed over the IPC channel: the child gets a
// port that behaves like MessagePortMain, and this side forwards traffic to
// and from the real port main posted. The child side is
// utilityProcessChild.testSupport.ts.
import { fork, type ChildProcess } from 'node:child_process';
import { EventEmitter } from 'node:events';
import { constants } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { HostPort } from './hostPorts.ts';

/** What travels on the IPC channel between the two halves of the relay. */
export type RelayMessage =
  | { relay: 'parent'; message: unknown; portIds: number[] }
  | { relay: 'port-message'; portId: number; data: unknown }
  | { relay: 'port-close'; portId: number };

const CHILD_ENTRY = fileURLToPath(new URL('./utilityProcessChild.testSupport.ts', import.meta.url));

export class ForkedUtilityProcess extends EventEmitter {
  readonly child: ChildProcess;
  private readonly ports = new Map<number, HostPort>();
  private nextPortId = 1;
  private stderrText = '';

  constructor(modulePath: string, options: { env?: NodeJS.ProcessEnv } = {}) {
    super();
    this.child = fork(CHILD_ENTRY, [modulePath], {
      ...(options.env ? { env: options.env } : {}),
      serialization: 'advanced',
      execArgv: ['--disable-warning=ExperimentalWarning'],
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    });
    this.child.stderr?.on('data', (chunk: Buffer) => {
      this.stderrText = (this.stderrText + chunk.toString()).slice(-8000);
    });
    this.child.on('message', (message: RelayMessage) => this.fromChild(message));
    this.child.on('exit', (code, signal) => {
      // The child's port ends die with it: the other ends see 'close'.
      for (const port of this.ports.values()) port.close();
      this.ports.clear();
      this.emit('exit', code ?? 128 + (signal ? constants.signals[signal] : 0));
    });
  }

  get pid(): number | undefined {
    const running = this.child.exitCode === null && this.child.signalCode === null;
    return running ? this.child.pid : undefined;
  }

  /** The child's recent stderr (the node logs there), for failing tests to show. */
  stderr(): string {
    return this.stderrText;
  }

  postMessage(message: unknown, transfer: HostPort[] = []): void {
    const portIds = transfer.map((port) => this.relayPort(port));
    this.send({ relay: 'parent', message, portIds });
  }

  /** SIGTERM, as UtilityProcess.kill(). */
  kill(): boolean {
    return this.child.kill('SIGTERM');
  }

  /** SIGKILL: the node dies mid-whatever, as in a crash. */
  crash(): boolean {
    return this.child.kill('SIGKILL');
  }

  private relayPort(port: HostPort): number {
    const portId = this.nextPortId++;
    this.ports.set(portId, port);
    port.on('message', ({ data }) => this.send({ relay: 'port-message', portId, data }));
    port.on('close', () => {
      if (this.ports.delete(portId)) this.send({ relay: 'port-close', portId });
    });
    port.start();
    return portId;
  }

  private fromChild(message: RelayMessage): void {
    if (message.relay === 'parent') return void this.emit('message', message.message);
    const port = this.ports.get(message.portId);
    if (!port) return;
    if (message.relay === 'port-message') return port.postMessage(message.data);
    this.ports.delete(message.portId);
    port.close();
  }

  private send(message: RelayMessage): void {
    if (this.child.connected) this.child.send(message);
  }
}

/** As utilityProcess.fork(modulePath, [], { env }). */
export function forkUtilityProcess(
  modulePath: string,
  options: { env?: NodeJS.ProcessEnv } = {},
): ForkedUtilityProcess {
  return new ForkedUtilityProcess(modulePath, options);
}
