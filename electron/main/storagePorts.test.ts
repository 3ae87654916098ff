import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import type { RemoteStorageConnectionOptions } from '../core/remote/remoteStorageServer.ts';
import { createStoragePortBroker, portTransport, type MainPort } from './storagePorts.ts';

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

const asMainPort = (port: FakePort) => port as unknown as MainPort;

function setup() {
  const attached: { options: RemoteStorageConnectionOptions; detach: ReturnType<typeof vi.fn> }[] =
    [];
  const channels: { port1: FakePort; port2: { name: string } }[] = [];
  const broker = createStoragePortBroker({
    database: { name: 'lantern', internalStore: {}, collections: {}, onClose: [] },
    attach: (options) => {
      const detach = vi.fn();
      attached.push({ options, detach });
      return detach;
    },
    createChannel: () => {
      const channel = {
        port1: new FakePort(),
        port2: { name: `renderer end ${channels.length + 1}` },
      };
      channels.push(channel);
      return { port1: asMainPort(channel.port1), port2: channel.port2 };
    },
  });
  const posted: { channel: string; message: null; transfer: unknown[] }[] = [];
  const windowContents = (id: number) => ({
    id,
    postMessage: (channel: string, message: null, transfer: { name: string }[]) =>
      posted.push({ channel, message, transfer }),
  });
  return { broker, attached, channels, posted, windowContents };
}

describe('portTransport', () => {
  it('carries messages both ways and reports the close, with working unsubscribes', () => {
    const port = new FakePort();
    const transport = portTransport(asMainPort(port));
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

describe('storage port broker', () => {
  it('attaches a connection per window and posts the other end on lantern:storage-port', () => {
    const { broker, attached, channels, posted, windowContents } = setup();
    expect(broker.open(windowContents(1), false)).toEqual({ readOnly: false });
    expect(attached[0]?.options.readOnly).toBe(false);
    expect(channels[0]?.port1.started).toBe(true);
    expect(posted).toEqual([
      { channel: 'lantern:storage-port', message: null, transfer: [channels[0]?.port2] },
    ]);
  });

  it('gives wall displays a read-only connection', () => {
    const { broker, attached, windowContents } = setup();
    expect(broker.open(windowContents(2), true)).toEqual({ readOnly: true });
    expect(attached[0]?.options.readOnly).toBe(true);
  });

  it('replaces the previous channel of a window that asks again (reload)', () => {
    const { broker, attached, channels, windowContents } = setup();
    broker.open(windowContents(1), false);
    broker.open(windowContents(1), false);
    expect(attached[0]?.detach).toHaveBeenCalledTimes(1);
    expect(channels[0]?.port1.closed).toBe(true);
    expect(attached[1]?.detach).not.toHaveBeenCalled();
  });

  it('detaches when the renderer end goes away, and on closeAll', () => {
    const { broker, attached, channels, windowContents } = setup();
    broker.open(windowContents(1), false);
    broker.open(windowContents(2), true);
    channels[0]?.port1.emit('close');
    expect(attached[0]?.detach).toHaveBeenCalledTimes(1);
    broker.closeAll();
    expect(attached[1]?.detach).toHaveBeenCalledTimes(1);
    expect(attached[0]?.detach).toHaveBeenCalledTimes(1);
  });
});
