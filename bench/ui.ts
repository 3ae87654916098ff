// UI benchmark: `npm run bench:ui` (add `-- --quick` for a run under a
// minute: 5,000 entries, fewer runs; LANTERN_BENCH_UI_SEED=<dir> reuses a
// seeded folder, see prepareNode.ts). Seeds a node through its own commands
// (200 active incidents, one with 50,000 timeline entries), serves it as the
// headless node, drives Debian Chromium and prints a table; writes
// bench/results/ui.json with a `goals` array.
//
// - first render: navigation start → the selector is in the DOM with a size,
//   stamped at the next animation frame; a fresh context (cold cache) per run.
// - API entry → on screen: Node's timeOrigin + now() just before the POST,
//   the page's timeOrigin + now() at the frame after the entry's DOM node
//   appears, the page clock's offset removed (best of 15 round trips).
// - scrolling: requestAnimationFrame deltas while a script moves the
//   timeline's scroller every frame (steady 120 px, fling 2,400 px).
//   Smooth = median ≤ 17 ms and p95 ≤ 33 ms (60 Hz typically, never two
//   missed frames in a row at the tail).
// - memory: used JS heap after a forced GC (CDP), the node's RSS and peak.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { startNodeProcess } from '../e2e/support/nodeProcess.ts';
import { freshContext, launchChromium } from './ui/browser.ts';
import { entryLatencies } from './ui/entryLatency.ts';
import { firstRenderMs } from './ui/firstRender.ts';
import { SMOOTH_SCROLL_DEFINITION, uiGoals } from './ui/goals.ts';
import { uiNodeMemoryGoal } from './memory/idleMemory.ts';
import { nodeMemory, pageHeapMb } from './ui/memory.ts';
import { ensureRendererBuilt, measuredBuild, seededFromCache } from './ui/prepareNode.ts';
import { printReport, writeReport, type UiReport } from './ui/report.ts';
import { scrollFrameTimes } from './ui/scrollFrames.ts';
import { BENCH_PERSON } from './ui/benchPeople.ts';
import { distribution, round } from './ui/stats.ts';

const quick = process.argv.includes('--quick');
const config = quick
  ? { incidents: 200, entries: 5_000, renderRuns: 3, probes: 30, scrollFrames: 120 }
  : { incidents: 200, entries: 50_000, renderRuns: 7, probes: 60, scrollFrames: 300 };
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = fileURLToPath(new URL('./results/ui.json', import.meta.url));
const TIMELINE = '[aria-label="Timeline"] li';

async function firstRenders(browser: Browser, url: string, bigIncidentId: string) {
  const screens = {
    'wall display (incident list)': { hash: '#/wall', selector: '[data-testid="wall-incident"]' },
    'console (incident list)': { hash: '#/', selector: '[data-testid="incident-row"]' },
    [`console (timeline, ${config.entries} entries)`]: {
      hash: `#/incidents/${bigIncidentId}`,
      selector: TIMELINE,
    },
  };
  const results: UiReport['firstRenderMs'] = {};
  for (const [name, screen] of Object.entries(screens)) {
    const runs: number[] = [];
    for (let run = 0; run < config.renderRuns; run++)
      runs.push(
        await firstRenderMs(browser, `${url}${screen.hash}`, screen.selector, BENCH_PERSON),
      );
    results[name] = { ...distribution(runs), runsMs: runs.map(Math.round) };
  }
  return results;
}

console.log(`Lantern UI benchmark (${quick ? 'quick' : 'full'}), node ${process.version}`);
const loadAtStart = os.loadavg()[0] ?? 0;
const renderer = await ensureRendererBuilt(repoRoot);
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'lantern-bench-ui-'));
try {
  console.log(`seeding ${config.incidents} incidents and ${config.entries} timeline entries…`);
  const seeded = await seededFromCache(repoRoot, dataDir, config.incidents, config.entries);
  const node = await startNodeProcess(dataDir);
  const browser = await launchChromium();
  try {
    const incidentUrl = `${node.consoleUrl}#/incidents/${seeded.bigIncidentId}`;
    console.log('first render…');
    const firstRenderMsByScreen = await firstRenders(
      browser,
      node.consoleUrl,
      seeded.bigIncidentId,
    );

    const consolePage = await (await freshContext(browser, BENCH_PERSON)).newPage();
    await consolePage.goto(incidentUrl);
    await consolePage.locator(TIMELINE).first().waitFor({ timeout: 120_000 });
    const wallPage = await (await freshContext(browser, BENCH_PERSON)).newPage();
    await wallPage.goto(`${node.consoleUrl}#/wall`);
    await wallPage.locator('[data-testid="wall-incident"]').first().waitFor({ timeout: 60_000 });

    console.log(`new entries through the API (${config.probes})…`);
    const latencies = await entryLatencies(
      node,
      seeded.bigIncidentId,
      [
        { name: 'console timeline', page: consolePage },
        { name: 'wall display', page: wallPage },
      ],
      config.probes,
    );
    console.log('scrolling…');
    const scroll = {
      steady: await scrollFrameTimes(consolePage, TIMELINE, config.scrollFrames, 120),
      fling: await scrollFrameTimes(consolePage, TIMELINE, config.scrollFrames, 2_400),
    };
    const pageHeap = {
      'console (long timeline)': await pageHeapMb(consolePage),
      'wall display': await pageHeapMb(wallPage),
    };
    const memory = nodeMemory(node.pid);
    const entryLatencyMs = Object.fromEntries(
      Object.entries(latencies).map(([screen, values]) => [screen, distribution(values)]),
    );
    const report: UiReport = {
      generatedAt: new Date().toISOString(),
      mode: quick ? 'quick' : 'full',
      node: process.version,
      chromium: `Chromium ${browser.version()}`,
      setup: {
        activeIncidents: config.incidents,
        timelineEntries: config.entries,
        seedSeconds: Math.round(seeded.seedSeconds),
        renderer,
        ...measuredBuild(repoRoot),
        load: {
          cores: os.availableParallelism(),
          atStart: round(loadAtStart, 2),
          atEnd: round(os.loadavg()[0] ?? 0, 2),
        },
      },
      firstRenderMs: firstRenderMsByScreen,
      entryLatencyMs,
      scroll: { definitionOfSmooth: SMOOTH_SCROLL_DEFINITION, runs: scroll },
      memory: { pageHeapMb: pageHeap, node: memory },
      goals: uiGoals({
        latencyP95Ms: Object.fromEntries(
          Object.entries(entryLatencyMs).map(([screen, d]) => [screen, d.p95Ms]),
        ),
        firstRenderMedianMs: Object.fromEntries(
          Object.entries(firstRenderMsByScreen).map(([screen, d]) => [screen, d.medianMs]),
        ),
        scroll,
      }).concat(uiNodeMemoryGoal(memory.peakRssMb)),
    };
    printReport(report);
    writeReport(resultsFile, report);
    console.log(`written ${path.relative(repoRoot, resultsFile)}`);
  } finally {
    await browser.close();
    await node.stop();
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
}
