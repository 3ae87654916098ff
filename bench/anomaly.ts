// Anomaly benchmark: `npm run bench:anomaly [-- --data <folder> --out <folder>]`.
// Runs the node's stream detector over a NAB-layout folder (default: the DEV
// split in ../shared/nab), writes one result file per data file, scores them
// with the project's NAB scorer, prints a table and writes
// bench/results/anomaly.json with a `goals` array.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { categoryBreakdown } from './anomaly/breakdown.ts';
import { readCorpus, readProfiles } from './anomaly/corpus.ts';
import { heapBytesPerStream } from './anomaly/memory.ts';
import { runDetector, writeResultFiles } from './anomaly/runDetector.ts';
import { checkReferences, heldOutThreshold, scoreProfiles } from './anomaly/scoring.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const { values: args } = parseArgs({
  options: {
    data: { type: 'string', default: path.resolve(repoRoot, '..', 'shared', 'nab') },
    out: { type: 'string', default: path.join(repoRoot, 'bench', 'results', 'anomaly') },
  },
});
const dataFolder = path.resolve(args.data);
const outFolder = path.resolve(args.out);
const resultsFile = path.join(repoRoot, 'bench', 'results', 'anomaly.json');

const round = (n: number, digits = 2) => Math.round(n * 10 ** digits) / 10 ** digits;
const GOALS = { standard: 75.05, reward_low_FP_rate: 67.9, pointsPerSecond: 50_000 };

function table(header: string[], rows: (string | number)[][]): void {
  const cells = [header, ...rows.map((r) => r.map(String))];
  const widths = header.map((_, c) => Math.max(...cells.map((r) => (r[c] ?? '').length)));
  for (const [i, row] of cells.entries()) {
    console.log(row.map((cell, c) => cell.padEnd(widths[c] ?? 0)).join('  '));
    if (i === 0) console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  }
}

const corpus = readCorpus(dataFolder);
const profiles = readProfiles(dataFolder);
const summary = runDetector(corpus);
writeResultFiles(summary.runs, outFolder);
const scored = summary.runs.map((r) => ({
  name: r.file.key,
  anomalyScores: r.anomalyScores,
  windows: r.file.windows,
}));
const scores = scoreProfiles(scored, profiles);
const references = checkReferences(dataFolder, corpus, profiles);
const heldOut = heldOutThreshold(
  corpus,
  scored,
  profiles.standard ?? { tpWeight: 1, fpWeight: 0.11, fnWeight: 1 },
);
const standardThreshold = scores.find((s) => s.profile === 'standard')?.threshold ?? 1;
const categories = categoryBreakdown(corpus, scored, standardThreshold);
const pointsPerSecond = summary.points / (summary.detectorMs / 1000);
const heapPerStream = heapBytesPerStream(1000, 3000);

const scoreOf = (profile: string) =>
  scores.find((s) => s.profile === profile)?.normalized ?? Number.NaN;
const goals = [
  {
    name: 'NAB standard score',
    value: round(scoreOf('standard')),
    unit: 'points',
    goal: GOALS.standard,
  },
  {
    name: 'NAB reward-low-FP score',
    value: round(scoreOf('reward_low_FP_rate')),
    unit: 'points',
    goal: GOALS.reward_low_FP_rate,
  },
  {
    name: 'throughput, one detector, one core',
    value: Math.round(pointsPerSecond),
    unit: 'points/s',
    goal: GOALS.pointsPerSecond,
  },
].map((g) => ({ ...g, met: g.value > g.goal || (g.unit === 'points/s' && g.value >= g.goal) }));

console.log(
  `\nNAB scores of the Lantern detector on ${dataFolder} (${corpus.length} files, ${summary.points} points)`,
);
table(
  ['profile', 'normalized', 'raw', 'threshold'],
  scores.map((s) => [s.profile, round(s.normalized), round(s.raw, 3), round(s.threshold, 4)]),
);
console.log('\nBy category at the standard threshold');
table(
  ['category', 'files', 'windows', 'detected', 'false positives'],
  categories.map((c) => [c.category, c.files, c.windows, c.detected, c.falsePositives]),
);
if (references.length > 0) {
  console.log('\nScorer check: published detector outputs, threshold optimised on this folder');
  table(
    ['detector', 'profile', 'ours', 'published', 'difference'],
    references.map((r) => [
      r.detector,
      r.profile,
      round(r.ours, 3),
      round(r.published, 3),
      round(r.ours - r.published, 3),
    ]),
  );
}
console.log('\nThreshold held out by category (standard profile)');
table(
  ['threshold tuned on', 'scored on', 'normalized', 'with its own best threshold'],
  heldOut.map((h) => [h.tunedOn, h.scoredOn, round(h.normalized), round(h.normalizedOwnThreshold)]),
);
console.log('\nGoals');
table(
  ['goal', 'value', 'unit', 'target', 'met'],
  goals.map((g) => [g.name, g.value, g.unit, g.goal, g.met ? 'yes' : 'no']),
);
console.log(
  `\nMemory per stream: ${summary.stateBytesPerStream} bytes of detector arrays, ` +
    `${Math.round(heapPerStream)} bytes of heap measured over 1000 streams`,
);

mkdirSync(path.dirname(resultsFile), { recursive: true });
const report = {
  generatedAt: new Date().toISOString(),
  node: process.version,
  data: dataFolder,
  out: outFolder,
  files: corpus.length,
  points: summary.points,
  profiles: Object.fromEntries(
    scores.map((s) => [
      s.profile,
      { normalized: s.normalized, raw: s.raw, threshold: s.threshold },
    ]),
  ),
  categories,
  scorerCheck: references,
  heldOutThreshold: heldOut,
  memoryPerStream: {
    detectorArrayBytes: summary.stateBytesPerStream,
    measuredHeapBytes: Math.round(heapPerStream),
  },
  goals,
};
writeFileSync(resultsFile, JSON.stringify(report, null, 2) + '\n');
console.log(`\nWrote ${resultsFile} and result files under ${outFolder}`);
