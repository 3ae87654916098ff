// Knowledge search benchmark: `npm run bench:knowledge`.
// Builds the KnowledgeIndex (shared/reviews/knowledgeIndex.ts, the index the
// node's GET /api/v1/search uses) over 100,000 synthetic past incidents with
// timelines and 10,000 reviews, then times three-word queries. Measures the
// index itself: the node's rebuild also reads those records from SQLite,
// which this does not time. Writes bench/results/knowledge.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KnowledgeIndex, type KnowledgeDocument } from '../shared/reviews/knowledgeIndex.ts';
import { printGoalTable, type BenchGoal } from './goalTable.ts';

/** `-- --scale 0.1` for a quick run at a tenth of the size. */
const scaleAt = process.argv.indexOf('--scale');
const SCALE = scaleAt > 0 ? Number(process.argv[scaleAt + 1]) : 1;
const INCIDENTS = Math.round(100_000 * SCALE);
const REVIEWS = Math.round(10_000 * SCALE);
const TIMELINE_LINES = 8;
const QUERIES = 300;

const SERVICES = [
  'payments',
  'checkout',
  'search',
  'login',
  'ledger',
  'shipping',
  'catalog',
  'vpn',
  'email',
  'billing',
  'warehouse',
  'pricing',
  'inventory',
  'identity',
  'reporting',
  'gateway',
];
const PARTS = [
  'database',
  'connection',
  'pool',
  'cache',
  'queue',
  'certificate',
  'dns',
  'disk',
  'memory',
  'cpu',
  'network',
  'load',
  'balancer',
  'replica',
  'primary',
  'index',
  'config',
  'deploy',
  'release',
  'rollback',
  'token',
  'api',
  'worker',
  'cron',
  'backup',
  'storage',
  'firewall',
  'proxy',
  'timeout',
  'latency',
];
const VERBS = [
  'exhausted',
  'failed',
  'slow',
  'expired',
  'full',
  'restarted',
  'rolled',
  'scaled',
  'paged',
  'degraded',
  'recovered',
  'saturated',
  'leaked',
  'dropped',
  'throttled',
  'corrupted',
  'drained',
  'rebuilt',
  'patched',
  'escalated',
];

/** A seeded generator, so every run indexes the same documents. */
function prng(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}
const random = prng(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
/** Real timelines also name hosts, error codes and tickets: rarer words. */
const rare = () =>
  pick([
    `host${Math.floor(random() * 5000)}`,
    `err${Math.floor(random() * 2000)}`,
    `chg${Math.floor(random() * 20000)}`,
  ]);
const sentence = (words: number) =>
  Array.from({ length: words }, (_, i) =>
    i % 4 === 3 ? rare() : pick(i % 3 === 2 ? VERBS : i % 3 === 1 ? PARTS : SERVICES),
  ).join(' ');

function incident(n: number): KnowledgeDocument {
  const lines = Array.from({ length: TIMELINE_LINES }, () => sentence(9));
  return {
    type: 'incident',
    id: `inc-${n}`,
    title: `INC-${n} ${pick(SERVICES)} ${pick(PARTS)} ${pick(VERBS)}`,
    body: [sentence(12), sentence(10), ...lines].join('\n'),
    exercise: n % 20 === 0,
    at: new Date(Date.UTC(2024, 0, 1) + n * 600_000).toISOString(),
  };
}

function review(n: number): KnowledgeDocument {
  return {
    type: 'review',
    id: `rv-inc-${n}`,
    title: `Review of INC-${n} ${pick(SERVICES)} ${pick(PARTS)}`,
    body: Array.from({ length: 12 }, () => sentence(10)).join('\n'),
    exercise: false,
    at: new Date(Date.UTC(2024, 0, 1) + n * 6_000_000).toISOString(),
  };
}

const gc = (globalThis as { gc?: () => void }).gc;
gc?.();
const before = process.memoryUsage();
const buildStart = performance.now();
const index = new KnowledgeIndex();
for (let n = 0; n < INCIDENTS; n++) index.add(incident(n));
for (let n = 0; n < REVIEWS; n++) index.add(review(n * 10));
// The first search sorts the term list; count it in the build.
index.search({ text: 'payments' });
const buildMs = performance.now() - buildStart;
gc?.();
const after = process.memoryUsage();

const timings: number[] = [];
let results = 0;
for (let q = 0; q < QUERIES; q++) {
  const text = `${pick(SERVICES)} ${pick(PARTS)} ${pick(VERBS)}`;
  const start = performance.now();
  results += index.search({ text }).length;
  timings.push(performance.now() - start);
}
timings.sort((a, b) => a - b);
const p95 = timings[Math.floor(timings.length * 0.95)] ?? 0;
const median = timings[Math.floor(timings.length / 2)] ?? 0;
const mb = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
const round = (n: number) => Math.round(n * 100) / 100;

const goals: BenchGoal[] = [
  { name: 'search p95, three-word query', value: round(p95), unit: 'ms', goal: 50, met: p95 < 50 },
  {
    name: 'RSS added by the index',
    value: mb(after.rss - before.rss),
    unit: 'MB',
    goal: 150,
    met: after.rss - before.rss < 150 * 2 ** 20,
  },
];
printGoalTable(goals);
console.log(
  `${INCIDENTS} incidents (${TIMELINE_LINES} timeline lines each) + ${REVIEWS} reviews: build ${Math.round(buildMs)} ms, ` +
    `heap ${mb(after.heapUsed - before.heapUsed)} MB, median query ${round(median)} ms, ` +
    `${round(results / QUERIES)} results per query on average${gc ? '' : ' (run with --expose-gc for steadier memory numbers)'}`,
);

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(path.join(repoRoot, 'bench', 'results'), { recursive: true });
writeFileSync(
  path.join(repoRoot, 'bench', 'results', 'knowledge.json'),
  `${JSON.stringify(
    {
      goals,
      details: {
        incidents: INCIDENTS,
        reviews: REVIEWS,
        timelineLinesPerIncident: TIMELINE_LINES,
        buildMs: Math.round(buildMs),
        heapMB: mb(after.heapUsed - before.heapUsed),
        medianQueryMs: round(median),
      },
    },
    null,
    2,
  )}\n`,
);
