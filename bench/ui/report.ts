import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Goal } from './goals.ts';
import type { NodeMemory } from './memory.ts';
import type { ScrollFrames } from './scrollFrames.ts';
import type { Distribution } from './stats.ts';

export interface UiReport {
  generatedAt: string;
  mode: 'quick' | 'full';
  node: string;
  chromium: string;
  setup: {
    activeIncidents: number;
    timelineEntries: number;
    seedSeconds: number;
    renderer: 'built' | 'present';
    commit: string;
    rendererBuiltAt: string;
    /** 1-minute load average and core count: other work on the machine skews every number. */
    load: { cores: number; atStart: number; atEnd: number };
  };
  firstRenderMs: Record<string, Distribution & { runsMs: number[] }>;
  entryLatencyMs: Record<string, Distribution>;
  scroll: { definitionOfSmooth: string; runs: Record<string, ScrollFrames> };
  memory: { pageHeapMb: Record<string, number>; node: NodeMemory };
  goals: Goal[];
}

function row(cells: (string | number)[]): string {
  const widths = [64, 12, 12, 6];
  return cells.map((cell, index) => String(cell).padEnd(widths[index] ?? 12)).join(' ');
}

export function printReport(report: UiReport): void {
  console.log(`\nLantern UI benchmark (${report.mode}), ${report.chromium}`);
  console.log(
    `commit ${report.setup.commit}, renderer built ${report.setup.rendererBuiltAt} (${report.setup.renderer})`,
  );
  const { load } = report.setup;
  console.log(
    `load average ${load.atStart} at start, ${load.atEnd} at end, on ${load.cores} cores${load.atEnd > load.cores ? ' — the machine was busy: numbers are pessimistic' : ''}`,
  );
  console.log(
    `${report.setup.activeIncidents} active incidents, ${report.setup.timelineEntries} timeline entries on one incident (seeded in ${report.setup.seedSeconds} s)\n`,
  );
  console.log(row(['measure', 'median ms', 'p95 ms', 'n']));
  for (const [screen, d] of Object.entries(report.firstRenderMs))
    console.log(row([`first render: ${screen}`, d.medianMs, d.p95Ms, d.count]));
  for (const [screen, d] of Object.entries(report.entryLatencyMs))
    console.log(row([`API entry → on screen: ${screen}`, d.medianMs, d.p95Ms, d.count]));
  for (const [name, s] of Object.entries(report.scroll.runs)) {
    console.log(
      row([`frame time scrolling the long timeline (${name})`, s.medianMs, s.p95Ms, s.frames]),
    );
    console.log(
      `  ${s.stepPx} px a frame; frames over 16.7 ms: ${s.percentOver16_7Ms}%, over 25 ms (missed vsync): ${s.percentOver25Ms}%`,
    );
  }
  console.log(`  smooth = ${report.scroll.definitionOfSmooth}`);
  const heaps = Object.entries(report.memory.pageHeapMb)
    .map(([screen, mb]) => `${screen} ${mb} MB`)
    .join(', ');
  console.log(`\nJS heap: ${heaps}`);
  console.log(
    `node RSS: ${report.memory.node.rssMb} MB (peak ${report.memory.node.peakRssMb} MB)\n`,
  );
  console.log(row(['goal', 'value', 'target', 'met']));
  for (const goal of report.goals)
    console.log(row([goal.name, `${goal.value} ${goal.unit}`, goal.goal, goal.met ? 'yes' : 'NO']));
}

export function writeReport(file: string, report: object): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
