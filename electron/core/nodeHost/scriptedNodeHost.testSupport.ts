// A node host that misbehaves on purpose, for the supervisor's tests of what
// the real node cannot be made to do on cue: hang, crash right after it
// starts, die before it starts, talk nonsense. LANTERN_SCRIPTED_NODE picks
// the behaviour. Runs under utilityProcessChild.testSupport.ts.
import type { NodeToMainMessage } from '../../../shared/contract/nodeHost.ts';
import type { ParentPortLike } from './hostPorts.ts';

const { parentPort } = process as NodeJS.Process & { parentPort: ParentPortLike };
const mode = process.env.LANTERN_SCRIPTED_NODE;
const post = (message: NodeToMainMessage) => parentPort.postMessage(message);
const ready = () => post({ type: 'ready', url: 'http://127.0.0.1:4999', nodeId: 'scripted' });
// Keeps the process alive like a serving node.
setInterval(() => undefined, 60_000);

parentPort.on('message', ({ data }) => {
  const message = data as { type: string; id?: number; method?: string };
  if (message.type === 'start') {
    if (mode === 'exit-before-ready') return process.exit(3);
    ready();
    if (mode === 'crash-after-ready') setTimeout(() => process.exit(3), 20);
    if (mode === 'noisy') {
      parentPort.postMessage({ type: 'ready', url: 'not a url' } as never);
      parentPort.postMessage({ type: 'response' } as never);
    }
    return;
  }
  if (mode !== 'noisy') return; // 'quiet' and the others answer nothing, not even shutdown.
  if (message.type === 'request' && message.method === 'nodeInfo' && message.id !== undefined)
    post({
      type: 'response',
      id: message.id,
      result: { status: 'ok', version: '0.0.0', nodeId: 'scripted', databaseName: 'lantern' },
    });
  if (message.type === 'shutdown') {
    post({ type: 'closed' });
    process.exit(0);
  }
});
