import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { RemoteStorageConnectionOptions } from '../remote/remoteStorageServer.ts';
import { portTransport, type HostPort } from './hostPorts.ts';
import { createWindowStorage } from './windowStorage.ts';

class FakePort extends EventEmitter {
  sent: unknown[] = [];
  started = false;
  closed = false;
  postMessage(message: unknown) {
    this.sent.push(message);
  }
  start() {
    this.started = true;
  }
  close() {
    this.closed = true;
  }
}

const asHostPort = (port: FakePort) => port as unknown as HostPort;

function setup() {
  const attached: { options: RemoteStorageConnectionOptions; detach: ReturnType<typeof vi.fn> }[] =
    [];
  const storage = createWindowStorage({
    database: { name: 'lantern', internalStore: {}, collections: {}, onClose: [] },
    attach: (options) => {
      const detach = vi.fn();
      attached.push({ options, detach });
      return detach;
    },
  });
  return { storage, attached };
}

describe('portTransport', () => {
  it('carries messages both ways and reports the close, with working unsubscribes', () => {
    const port = new FakePort();
    const transport = portTransport(asHostPort(port));
    const received: unknown[] = [];
    const stop = transport.onMessage((message) => received.push(message));
    let closed = 0;
    transport.onClose(() => closed++);
    port.emit('message', { data: { id: 1, method: 'query' }, ports: [] });
    stop();
    port.emit('message', { data: 'ignored' });
    transport.send({ answer: 42 });
    port.emit('close');
    expect(received).toEqual([{ id: 1, method: 'query' }]);
    expect(port.sent).toEqual([{ answer: 42 }]);
    expect(closed).toBe(1);
  });
});

describe('window storage in the node', () => {
  it('serves each window on its port, read-only for wall displays', () => {
    const { storage, attached } = setup();
    const commander = new FakePort();
    const wall = new FakePort();
    storage.open(1, false, asHostPort(commander));
    storage.open(2, true, asHostPort(wall));
    expect(attached.map((entry) => entry.options.readOnly)).toEqual([false, true]);
    expect(commander.started && wall.started).toBe(true);
    expect(storage.count()).toBe(2);
  });

  it('replaces the previous channel of a window that asks again (reload)', () => {
    const { storage, attached } = setup();
    const first = new FakePort();
    storage.open(1, false, asHostPort(first));
    storage.open(1, false, asHostPort(new FakePort()));
    expect(attached[0]?.detach).toHaveBeenCalledTimes(1);
    expect(first.closed).toBe(true);
    expect(attached[1]?.detach).not.toHaveBeenCalled();
    expect(storage.count()).toBe(1);
  });

  it('detaches when the window end goes away, on close and on closeAll', () => {
    const { storage, attached } = setup();
    const first = new FakePort();
    storage.open(1, false, asHostPort(first));
    storage.open(2, true, asHostPort(new FakePort()));
    storage.open(3, false, asHostPort(new FakePort()));
    first.emit('close');
    storage.close(2);
    expect(attached[0]?.detach).toHaveBeenCalledTimes(1);
    expect(attached[1]?.detach).toHaveBeenCalledTimes(1);
    storage.closeAll();
    expect(attached.map((entry) => entry.detach.mock.calls.length)).toEqual([1, 1, 1]);
    expect(storage.count()).toBe(0);
  });
});
