import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';

export interface NodeMemory {
  rssMb: number;
  peakRssMb: number;
}

function statusKb(status: string, field: string): number {
  const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status);
  return match?.[1] ? Number(match[1]) : Number.NaN;
}

/** The node process's resident memory now and at its peak (Linux /proc). */
export function nodeMemory(pid: number): NodeMemory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return {
    rssMb: Math.round(statusKb(status, 'VmRSS') / 1024),
    peakRssMb: Math.round(statusKb(status, 'VmHWM') / 1024),
  };
}

/** The page's used JS heap from the DevTools protocol, after a garbage collection. */
export async function pageHeapMb(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.collectGarbage');
    await session.send('Performance.enable');
    const { metrics } = await session.send('Performance.getMetrics');
    const used = metrics.find((metric) => metric.name === 'JSHeapUsedSize')?.value ?? Number.NaN;
    return Math.round(used / 1024 / 1024);
  } finally {
    await session.detach();
  }
}
