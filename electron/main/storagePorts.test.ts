import { describe, expect, it } from 'vitest';
import { createStoragePortBroker } from './storagePorts.ts';

class Port {
  readonly name: string;
  closed = false;
  constructor(name: string) {
    this.name = name;
  }
  close() {
    this.closed = true;
  }
}

/** The supervisor's storage side as the broker sees it, recording what reaches the node. */
function recordingNode() {
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  const toNode: { windowId: number; readOnly: boolean; port: Port }[] = [];
  const closed: number[] = [];
  return {
    markReady,
    toNode,
    closed,
    node: {
      whenReady: () => ready,
      postStoragePort: (windowId: number, readOnly: boolean, port: Port) =>
        void toNode.push({ windowId, readOnly, port }),
      closeStorage: (windowId: number) => void closed.push(windowId),
    },
  };
}

function setup() {
  const node = recordingNode();
  let channels = 0;
  const broker = createStoragePortBroker({
    node: node.node,
    createChannel: () => {
      channels++;
      return { port1: new Port(`node end ${channels}`), port2: new Port(`window end ${channels}`) };
    },
  });
  const posted: { channel: string; transfer: Port[] }[] = [];
  const windowContents = (id: number) => ({
    id,
    postMessage: (channel: string, _message: null, transfer: Port[]) =>
      void posted.push({ channel, transfer }),
  });
  return { ...node, broker, posted, windowContents };
}

describe('storage port broker (main)', () => {
  it('waits for the node, then gives it one end and the window the other', async () => {
    const { broker, toNode, posted, markReady, windowContents } = setup();
    const grant = broker.open(windowContents(4), true);
    await Promise.resolve();
    expect(posted).toEqual([]);
    markReady();
    expect(await grant).toEqual({ readOnly: true });
    expect(toNode).toEqual([{ windowId: 4, readOnly: true, port: new Port('node end 1') }]);
    expect(posted).toEqual([
      { channel: 'lantern:storage-port', transfer: [new Port('window end 1')] },
    ]);
  });

  it('tells the node when a window closes', () => {
    const { broker, closed } = setup();
    broker.close(7);
    expect(closed).toEqual([7]);
  });
});
