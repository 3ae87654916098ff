import { describe, expect, it } from 'vitest';
import { createQuitGuard } from './quitGuard.ts';

function preventable() {
  return {
    prevented: false,
    preventDefault() {
      this.prevented = true;
    },
  };
}

describe('quit guard', () => {
  it('holds the quit until the node has closed, once, then lets it through', async () => {
    let finishShutdown: () => void = () => undefined;
    let shutdowns = 0;
    let quits = 0;
    const onBeforeQuit = createQuitGuard({
      shutdown: () => {
        shutdowns++;
        return new Promise<void>((resolve) => (finishShutdown = resolve));
      },
      quit: () => quits++,
    });
    const first = preventable();
    onBeforeQuit(first);
    const second = preventable();
    onBeforeQuit(second);
    expect([first.prevented, second.prevented, shutdowns, quits]).toEqual([true, true, 1, 0]);
    finishShutdown();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(quits).toBe(1);
    const final = preventable();
    onBeforeQuit(final);
    expect(final.prevented).toBe(false);
  });

  it('still quits when closing the node fails', async () => {
    const logged: string[] = [];
    let quits = 0;
    const onBeforeQuit = createQuitGuard({
      shutdown: async () => {
        throw new Error('database busy');
      },
      quit: () => quits++,
      log: (message) => logged.push(message),
    });
    onBeforeQuit(preventable());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(quits).toBe(1);
    expect(logged).toEqual(['Lantern did not shut down cleanly']);
  });
});
