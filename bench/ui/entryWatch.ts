import type { Page } from '@playwright/test';

export const PROBE_PREFIX = 'Bench latency probe';

interface ProbeWindow {
  benchSeen?: Record<string, number>;
}

/**
 * Watch the page for timeline entries carrying a probe id; each is stamped
 * (timeOrigin + now) at the animation frame after the DOM change, i.e. as it
 * is about to be painted.
 */
export async function watchForProbes(page: Page): Promise<void> {
  await page.evaluate((prefix) => {
    const seen: Record<string, number> = {};
    (window as ProbeWindow).benchSeen = seen;
    const pattern = new RegExp(`${prefix} \\[([^\\]]+)\\]`, 'g');
    const stamp = (ids: string[]) =>
      requestAnimationFrame(() => {
        const at = performance.timeOrigin + performance.now();
        for (const id of ids) seen[id] ??= at;
      });
    new MutationObserver((mutations) => {
      const ids: string[] = [];
      for (const mutation of mutations) {
        const nodes = mutation.type === 'characterData' ? [mutation.target] : mutation.addedNodes;
        for (const node of nodes) {
          for (const match of (node.textContent ?? '').matchAll(pattern))
            if (match[1] && seen[match[1]] === undefined) ids.push(match[1]);
        }
      }
      if (ids.length > 0) stamp(ids);
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  }, PROBE_PREFIX);
}

/** When the page showed probe `id` (its own clock), waiting for it. */
export async function probeSeenAt(page: Page, id: string, timeoutMs: number): Promise<number> {
  const handle = await page.waitForFunction(
    (probe) => (window as ProbeWindow).benchSeen?.[probe],
    id,
    { timeout: timeoutMs, polling: 20 },
  );
  return (await handle.jsonValue()) as number;
}
