// MessagePortMain's shape over a Node MessagePort (events carry { data }),
// for tests that run Electron-side code under plain Node.
import { EventEmitter } from 'node:events';
import type { MessagePort } from 'node:worker_threads';

export class NodeMessagePortMain extends EventEmitter {
  readonly port: MessagePort;
  constructor(port: MessagePort) {
    super();
    this.port = port;
    port.on('message', (data: unknown) => this.emit('message', { data, ports: [] }));
    port.on('close', () => this.emit('close'));
  }
  postMessage(message: unknown) {
    this.port.postMessage(message);
  }
  start() {
    this.port.start();
  }
  close() {
    this.port.close();
  }
}
