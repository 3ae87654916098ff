import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  forkUtilityProcess,
  type ForkedUtilityProcess,
} from '../core/nodeHost/forkedUtilityProcess.testSupport.ts';
import { NodeStartError, NodeUnavailableError } from './errors.ts';
import { createNodeSupervisor, type NodeSupervisorOptions } from './nodeSupervisor.ts';

// The supervisor against real child processes running a scripted node host
// (the real node cannot hang or crash on cue); the real node's restart is in
// desktopApp.test.ts.
const SCRIPTED = fileURLToPath(
  new URL('../core/nodeHost/scriptedNodeHost.testSupport.ts', import.meta.url),
);
type Mode = 'quiet' | 'noisy' | 'crash-after-ready' | 'exit-before-ready';

const running: { shutdown(): Promise<void> }[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((supervisor) => supervisor.shutdown()));
});

function supervise(mode: Mode, options: Partial<NodeSupervisorOptions<never>> = {}) {
  const forked: ForkedUtilityProcess[] = [];
  const logged: string[] = [];
  const onGaveUp = vi.fn();
  const supervisor = createNodeSupervisor<never>({
    fork: () => {
      const child = forkUtilityProcess(SCRIPTED, {
        env: { ...process.env, LANTERN_SCRIPTED_NODE: mode },
      });
      forked.push(child);
      return child;
    },
    startOptions: { dataDir: '/unused', rendererDir: '/unused', demo: false },
    onNotify: () => undefined,
    onGaveUp,
    restart: { initialDelayMs: 10 },
    shutdownTimeoutMs: 2_000,
    log: (message) => void logged.push(message),
    ...options,
  });
  running.push(supervisor);
  return { supervisor, forked, logged, onGaveUp };
}

describe('node supervisor', () => {
  it('times out a request the node never answers, saying it reached the node', async () => {
    const { supervisor } = supervise('quiet', { requestTimeoutMs: { nodeInfo: 300 } });
    await supervisor.start();
    const error = await supervisor.request('nodeInfo', undefined).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeUnavailableError);
    expect(error).toMatchObject({ reachedNode: true });
    expect((error as Error).message).toMatch(/did not answer nodeInfo within 0\.3 s/);
  });

  it('kills a node that does not close within the shutdown timeout', async () => {
    const { supervisor, forked, logged } = supervise('quiet', { shutdownTimeoutMs: 300 });
    await supervisor.start();
    await supervisor.shutdown();
    expect(supervisor.phase()).toBe('stopped');
    expect(forked[0]?.pid).toBeUndefined();
    expect(logged).toContain('The Lantern node did not close within 0.3 s; stopping it.');
  });

  it('fails requests in flight when the node dies, restarts it, and delivers requests made meanwhile', async () => {
    const { supervisor, forked } = supervise('noisy');
    await supervisor.start();
    const inFlight = supervisor.request('joinCode', undefined).catch((e: unknown) => e);
    await vi.waitFor(() => expect(forked[0]?.pid).toBeGreaterThan(0));
    // Give the request time to reach the node, which never answers joinCode.
    await new Promise((resolve) => setTimeout(resolve, 100));
    forked[0]?.crash();
    expect(await inFlight).toMatchObject({
      name: 'NodeUnavailableError',
      reachedNode: true,
      message: expect.stringMatching(/stopped \(exit code 137\) before it answered/),
    });
    const meanwhile = supervisor.request('nodeInfo', undefined);
    expect(supervisor.phase()).toBe('restarting');
    expect(await meanwhile).toMatchObject({ nodeId: 'scripted' });
    expect(forked).toHaveLength(2);
    expect(supervisor.phase()).toBe('ready');
  }, 30_000);

  it('ignores malformed messages from the node and logs them', async () => {
    const { supervisor, logged } = supervise('noisy');
    await supervisor.start();
    expect(await supervisor.request('nodeInfo', undefined)).toMatchObject({ status: 'ok' });
    expect(logged.filter((line) => line.startsWith('Ignored a malformed message'))).toHaveLength(2);
  });

  it('gives up on a node that keeps dying, and says so', async () => {
    const { supervisor, forked, onGaveUp } = supervise('crash-after-ready', {
      restart: { initialDelayMs: 10, maxCrashes: 2, crashWindowMs: 60_000 },
    });
    await supervisor.start();
    await vi.waitFor(() => expect(onGaveUp).toHaveBeenCalledTimes(1), { timeout: 20_000 });
    expect(forked).toHaveLength(3);
    expect(supervisor.phase()).toBe('failed');
    expect((onGaveUp.mock.calls[0]?.[0] as Error).message).toMatch(/stopped 3 times within 60 s/);
    await expect(supervisor.request('nodeInfo', undefined)).rejects.toThrow(/failed/);
  }, 30_000);

  it('rejects the first start with NodeStartError when the node dies before serving', async () => {
    const { supervisor } = supervise('exit-before-ready');
    const error = await supervisor.start().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NodeStartError);
    expect((error as Error).message).toMatch(/exited \(code 3\) before it started/);
    expect(supervisor.phase()).toBe('stopped');
  });
});
