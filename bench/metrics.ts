// Metrics benchmark: `npm run bench:metrics`. Builds 20,000 incidents over
// three years with realistic timelines (bench/metrics/history.ts), then
// measures what the metrics screen and GET /api/v1/metrics do with them:
// the full computation, the recomputation after one more incident resolves,
// and the node's resident memory the records and the result add. Prints a
// table and writes bench/results/metrics.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { incidentEvents } from '../shared/improvement/incidentEvents.ts';
import { MeasureCache } from '../shared/improvement/measureCache.ts';
import { responseMetrics, type MetricsInput } from '../shared/improvement/responseMetrics.ts';
import { printGoalTable, type BenchGoal } from './goalTable.ts';
import { incidentHistory } from './metrics/history.ts';

const INCIDENTS = 20_000;
const RUNS = 15;
const END = Date.parse('2026-12-01T00:00:00.000Z');
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

const collect = () => (globalThis as { gc?: () => void }).gc?.();
const median = (values: number[]) =>
  [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
const round = (n: number) => Math.round(n * 10) / 10;

function timed(run: () => unknown): number {
  const started = performance.now();
  run();
  return performance.now() - started;
}

collect();
const rssBefore = process.memoryUsage().rss;
const history = incidentHistory(INCIDENTS, 3, END);
const input = (incidents = history.incidents): MetricsInput => ({
  incidents,
  events: history.events,
  teamOfService: history.teamOfService,
  zone: 'Europe/Berlin',
  filter: {},
  recurrenceWindowDays: 30,
});

// Warm up once (module compilation, zone data), as a screen that has been open a moment.
let result = responseMetrics(input());
const full: number[] = [];
for (let run = 0; run < RUNS; run += 1) full.push(timed(() => (result = responseMetrics(input()))));

// One more incident resolves: the screen's live query re-emits every incident and the
// result is recomputed, re-measuring only what changed (the screen keeps a MeasureCache).
const cache = new MeasureCache();
responseMetrics({ ...input(), cache });
const openIndex = history.incidents.findIndex((incident) => incident.status === 'investigating');
const recompute: number[] = [];
for (let run = 0; run < RUNS; run += 1) {
  const incidents = history.incidents.slice();
  const open = incidents[openIndex];
  if (!open) throw new Error('the generated history has no open incident');
  incidents[openIndex] = { ...open, status: 'resolved', resolvedAt: new Date(END).toISOString() };
  recompute.push(timed(() => (result = responseMetrics({ ...input(incidents), cache }))));
}

// A new escalation or alert also regroups the events by incident.
const escalations = [...history.events].flatMap(([incidentId, e]) =>
  e.pagesStarted.map((startedAt, i) => ({
    incidentId,
    startedAt,
    acknowledgedAt: e.acknowledged[i],
  })),
);
const pages = escalations.map(({ acknowledgedAt, ...page }) =>
  acknowledgedAt ? { ...page, acknowledgedAt } : page,
);
const regroup = median(Array.from({ length: RUNS }, () => timed(() => incidentEvents([], pages))));
collect();
const rssAddedMb = (process.memoryUsage().rss - rssBefore) / 1024 / 1024;

const goals: BenchGoal[] = [
  {
    name: `full computation, ${INCIDENTS} incidents (median)`,
    value: round(median(full)),
    unit: 'ms',
    goal: 1000,
    met: median(full) < 1000,
  },
  {
    name: 'recomputation after one more incident resolves (median)',
    value: round(median(recompute)),
    unit: 'ms',
    goal: 200,
    met: median(recompute) < 200,
  },
  {
    name: 'regroup pages by incident (median)',
    value: round(regroup),
    unit: 'ms',
    goal: 200,
    met: regroup < 200,
  },
  {
    name: 'node RSS added by the records and the metrics',
    value: round(rssAddedMb),
    unit: 'MB',
    goal: 200,
    met: rssAddedMb < 200,
  },
];
printGoalTable(goals);
console.log(
  `${result.count} real incidents, ${result.exercisesExcluded} exercises excluded, ${result.monthly.length} months, ${result.incomplete.length} incomplete, MTTR median ${result.overall.resolve.median} min`,
);
mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  path.join(repoRoot, 'bench', 'results', 'metrics.json'),
  `${JSON.stringify({ goals }, null, 2)}\n`,
);
