// Where the score comes from: per category, at the corpus threshold, how many
// windows were caught and how many rows outside windows were flagged.
import { probationaryLength, type ScoredFile } from '../../shared/anomaly/nabScorer.ts';
import type { DataFile } from './corpus.ts';

export interface CategoryBreakdown {
  category: string;
  files: number;
  windows: number;
  detected: number;
  falsePositives: number;
}

export function categoryBreakdown(
  corpus: readonly DataFile[],
  runs: readonly ScoredFile[],
  threshold: number,
): CategoryBreakdown[] {
  const rows = new Map<string, CategoryBreakdown>();
  runs.forEach((run, index) => {
    const category = (corpus[index] as DataFile).category;
    const row = rows.get(category) ?? {
      category,
      files: 0,
      windows: 0,
      detected: 0,
      falsePositives: 0,
    };
    rows.set(category, row);
    row.files += 1;
    row.windows += run.windows.length;
    const firstScored = probationaryLength(run.anomalyScores.length);
    const caught = new Set<number>();
    for (let i = firstScored; i < run.anomalyScores.length; i++) {
      if ((run.anomalyScores[i] as number) < threshold) continue;
      const window = run.windows.findIndex(([start, end]) => i >= start && i <= end);
      if (window < 0) row.falsePositives += 1;
      else caught.add(window);
    }
    row.detected += caught.size;
  });
  return [...rows.values()];
}
