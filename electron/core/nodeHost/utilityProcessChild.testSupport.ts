// The child half of forkedUtilityProcess.testSupport.ts: gives the module
// named in argv[2] a `process.parentPort` like Electron's, over Node's IPC
// channel, with relayed MessagePortMain-like ports, then imports it.
import { EventEmitter } from 'node:events';
import { pathToFileURL } from 'node:url';
import type { RelayMessage } from './forkedUtilityProcess.testSupport.ts';
import type { HostPort, ParentPortLike } from './hostPorts.ts';

const send = (message: RelayMessage) => {
  if (process.connected) process.send?.(message);
};

/** Like MessagePortMain: messages wait until start(); 'close' fires once. */
class RelayedPort extends EventEmitter implements HostPort {
  private readonly portId: number;
  private waiting: unknown[] | undefined = [];
  private closed = false;

  constructor(portId: number) {
    super();
    this.portId = portId;
  }

  deliver(data: unknown): void {
    if (this.closed) return;
    if (this.waiting) this.waiting.push(data);
    else this.emit('message', { data });
  }

  start(): void {
    const waiting = this.waiting ?? [];
    this.waiting = undefined;
    for (const data of waiting) this.emit('message', { data });
  }

  postMessage(data: unknown): void {
    if (!this.closed) send({ relay: 'port-message', portId: this.portId, data });
  }

  close(): void {
    if (this.closed) return;
    send({ relay: 'port-close', portId: this.portId });
    this.remoteClosed();
  }

  remoteClosed(): void {
    if (this.closed) return;
    this.closed = true;
    this.emit('close');
  }
}

function ipcParentPort(): ParentPortLike {
  const emitter = new EventEmitter();
  const ports = new Map<number, RelayedPort>();
  // Electron queues parent messages until a 'message' handler is registered.
  const queued: { data: unknown; ports: HostPort[] }[] = [];
  process.on('message', (message: RelayMessage) => {
    if (message.relay === 'parent') {
      const event = { data: message.message, ports: message.portIds.map((id) => opened(id)) };
      if (emitter.listenerCount('message') > 0) emitter.emit('message', event);
      else queued.push(event);
      return;
    }
    const port = ports.get(message.portId);
    if (message.relay === 'port-message') return port?.deliver(message.data);
    ports.delete(message.portId);
    port?.remoteClosed();
  });
  const opened = (portId: number) => {
    const port = new RelayedPort(portId);
    ports.set(portId, port);
    port.on('close', () => ports.delete(portId));
    return port;
  };
  return {
    on(event, listener) {
      emitter.on(event, listener);
      for (const waiting of queued.splice(0)) emitter.emit('message', waiting);
      return this;
    },
    postMessage: (message) => send({ relay: 'parent', message, portIds: [] }),
  };
}

// Electron ends utility processes with main; here, with the parent's IPC.
process.on('disconnect', () => process.exit(0));
Object.assign(process, { parentPort: ipcParentPort() });
const modulePath = process.argv[2];
if (!modulePath) throw new Error('utilityProcessChild needs the module to run as its argument.');
await import(pathToFileURL(modulePath).href);
