// Scores detector outputs with the project's NAB scorer: every profile with
// the threshold optimised on the corpus, the published reference detectors
// (when the folder has them) and a held-out check of the threshold.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import {
  normalizedScore,
  optimizeThreshold,
  scoreAtThreshold,
  windowCount,
  type CostMatrix,
  type ScoredFile,
} from '../../shared/anomaly/nabScorer.ts';
import { readDetectorScores, type DataFile } from './corpus.ts';

export interface ProfileScore {
  profile: string;
  threshold: number;
  raw: number;
  normalized: number;
}

export function scoreProfiles(
  files: readonly ScoredFile[],
  profiles: Record<string, CostMatrix>,
): ProfileScore[] {
  const windows = windowCount(files);
  return Object.entries(profiles).map(([profile, cost]) => {
    const best = optimizeThreshold(files, cost);
    return {
      profile,
      threshold: best.threshold,
      raw: best.raw,
      normalized: normalizedScore(best.raw, windows, cost),
    };
  });
}

export interface ReferenceCheck {
  detector: string;
  profile: string;
  ours: number;
  published: number;
}

/** Our scorer on the published outputs against the scores the folder's reference_scores.json lists. */
export function checkReferences(
  folder: string,
  corpus: readonly DataFile[],
  profiles: Record<string, CostMatrix>,
): ReferenceCheck[] {
  const resultsFolder = path.join(folder, 'reference-results');
  const listFile = path.join(folder, 'reference_scores.json');
  if (!existsSync(resultsFolder) || !existsSync(listFile)) return [];
  const published = JSON.parse(readFileSync(listFile, 'utf8')).optimized_on_split as Record<
    string,
    Record<string, { normalized: number }>
  >;
  const checks: ReferenceCheck[] = [];
  for (const detector of Object.keys(published)) {
    if (!existsSync(path.join(resultsFolder, detector))) continue;
    const files = corpus.map((f) => ({
      name: f.key,
      anomalyScores: readDetectorScores(resultsFolder, detector, f),
      windows: f.windows,
    }));
    for (const score of scoreProfiles(files, profiles)) {
      const expected = published[detector]?.[score.profile]?.normalized;
      if (expected !== undefined)
        checks.push({
          detector,
          profile: score.profile,
          ours: score.normalized,
          published: expected,
        });
    }
  }
  return checks;
}

export interface HeldOutScore {
  tunedOn: string;
  scoredOn: string;
  normalized: number;
  normalizedOwnThreshold: number;
}

/**
 * Categories split in two alternating halves: the threshold is optimised on
 * one half and applied to the other, next to that half's own best threshold.
 */
export function heldOutThreshold(
  corpus: readonly DataFile[],
  runs: readonly ScoredFile[],
  cost: CostMatrix,
): HeldOutScore[] {
  const categories = [...new Set(corpus.map((f) => f.category))].sort();
  const half = (odd: number) => new Set(categories.filter((_, i) => i % 2 === odd));
  const pick = (set: Set<string>) =>
    runs.filter((_, i) => set.has((corpus[i] as DataFile).category));
  return [0, 1].map((side) => {
    const tuning = half(side);
    const scored = half(1 - side);
    const threshold = optimizeThreshold(pick(tuning), cost).threshold;
    const files = pick(scored);
    const windows = windowCount(files);
    return {
      tunedOn: [...tuning].join('+'),
      scoredOn: [...scored].join('+'),
      normalized: normalizedScore(scoreAtThreshold(files, cost, threshold), windows, cost),
      normalizedOwnThreshold: normalizedScore(optimizeThreshold(files, cost).raw, windows, cost),
    };
  });
}
