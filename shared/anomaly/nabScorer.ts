// A NAB scorer (Lavin & Ahmad 2015; numenta/NAB `nab/sweeper.py`), written
// from its description: label windows, the scaled sigmoid, probation, one
// threshold swept over the whole corpus, and normalisation between the null
// and the perfect detector. Pure: the caller reads the files.

/** Weights of one application profile (NAB `config/profiles.json`). */
export interface CostMatrix {
  tpWeight: number;
  fpWeight: number;
  fnWeight: number;
}

/** One data file's detector output and its label windows, as row indices. */
export interface ScoredFile {
  name: string;
  anomalyScores: ArrayLike<number>;
  /** Inclusive [first row, last row] of each window, in time order. */
  windows: readonly (readonly [number, number])[];
}

/** A scored row after probation: its score and what detecting it is worth. */
interface SweepPoint {
  anomalyScore: number;
  /** Weighted value if detected: TP credit inside a window, FP cost outside. */
  sweepScore: number;
  /** Corpus-wide window number, or -1 outside every window. */
  window: number;
}

export interface ThresholdScore {
  threshold: number;
  raw: number;
}

/** 1 at far left of a window, 0 at its right edge, towards -1 far after it. */
export function scaledSigmoid(relativePosition: number): number {
  if (relativePosition >= 3) return -1;
  return 2 / (1 + Math.exp(5 * relativePosition)) - 1;
}

/** Rows at the start of a file that are never scored (15%, at most 750). */
export function probationaryLength(rows: number): number {
  return Math.min(Math.floor(0.15 * rows), 0.15 * 5000);
}

function sweepFile(
  file: ScoredFile,
  cost: CostMatrix,
  firstWindow: number,
  out: SweepPoint[],
): void {
  const maxTP = scaledSigmoid(-1);
  const probation = probationaryLength(file.anomalyScores.length);
  let next = 0; // next window to enter
  let inWindow = -1;
  let prevRight = -1;
  let prevWidth = 0;
  for (let i = 0; i < file.anomalyScores.length; i++) {
    const upcoming = file.windows[next];
    if (upcoming !== undefined && i === upcoming[0]) {
      inWindow = next;
      next += 1;
    }
    const current = inWindow >= 0 ? file.windows[inWindow] : undefined;
    let sweepScore: number;
    if (current !== undefined) {
      const width = current[1] - current[0] + 1;
      sweepScore = (scaledSigmoid(-(current[1] - i + 1) / width) * cost.tpWeight) / maxTP;
    } else {
      const position = prevRight < 0 ? 3 : Math.abs(prevRight - i) / (prevWidth - 1);
      sweepScore = scaledSigmoid(position) * cost.fpWeight;
    }
    if (i >= probation) {
      const window = current === undefined ? -1 : firstWindow + inWindow;
      out.push({ anomalyScore: Number(file.anomalyScores[i]), sweepScore, window });
    }
    if (current !== undefined && i === current[1]) {
      prevRight = i;
      prevWidth = current[1] - current[0] + 1;
      inWindow = -1;
    }
  }
}

/** Number of label windows over all files. */
export function windowCount(files: readonly ScoredFile[]): number {
  return files.reduce((sum, file) => sum + file.windows.length, 0);
}

/**
 * The raw score at every distinct threshold, highest first (detections are
 * rows with anomalyScore >= threshold), starting with "detect nothing".
 */
export function scoresByThreshold(
  files: readonly ScoredFile[],
  cost: CostMatrix,
): ThresholdScore[] {
  const points: SweepPoint[] = [];
  let firstWindow = 0;
  for (const file of files) {
    sweepFile(file, cost, firstWindow, points);
    firstWindow += file.windows.length;
  }
  points.sort((a, b) => b.anomalyScore - a.anomalyScore);
  // Windows whose rows all fall in probation are not scored, as in NAB.
  const best = new Float64Array(firstWindow).fill(Number.NaN);
  for (const p of points) if (p.window >= 0) best[p.window] = -cost.fnWeight;
  let raw = 0;
  for (const value of best) if (!Number.isNaN(value)) raw += value;
  const scores: ThresholdScore[] = [{ threshold: 1.1, raw }];
  for (let i = 0; i < points.length; i++) {
    const p = points[i] as SweepPoint;
    if (p.window < 0) raw += p.sweepScore;
    else {
      const before = best[p.window] as number;
      if (p.sweepScore > before) {
        raw += p.sweepScore - before;
        best[p.window] = p.sweepScore;
      }
    }
    const following = points[i + 1];
    if (following === undefined || following.anomalyScore !== p.anomalyScore) {
      scores.push({ threshold: p.anomalyScore, raw });
    }
  }
  return scores;
}

/** The threshold with the best raw score (the highest one on a tie), as NAB's optimiser. */
export function optimizeThreshold(files: readonly ScoredFile[], cost: CostMatrix): ThresholdScore {
  let best: ThresholdScore | undefined;
  for (const s of scoresByThreshold(files, cost))
    if (best === undefined || s.raw > best.raw) best = s;
  return best as ThresholdScore;
}

/** Raw score with a fixed threshold. */
export function scoreAtThreshold(
  files: readonly ScoredFile[],
  cost: CostMatrix,
  threshold: number,
): number {
  let raw = Number.NEGATIVE_INFINITY;
  for (const s of scoresByThreshold(files, cost)) {
    if (s.threshold < threshold) break;
    raw = s.raw;
  }
  return raw;
}

/** 100 × (raw − null) / (perfect − null): 0 detects nothing, 100 every window at its first row. */
export function normalizedScore(raw: number, windows: number, cost: CostMatrix): number {
  const nullRaw = -cost.fnWeight * windows;
  const perfectRaw = cost.tpWeight * windows;
  return (100 * (raw - nullRaw)) / (perfectRaw - nullRaw);
}
