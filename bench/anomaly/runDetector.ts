// Runs the product's detector over each data file, one fresh detector per
// file, timing only the detector, and writes NAB-layout result files.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createLanternDetector } from '../../shared/anomaly/lanternDetector.ts';
import type { DataFile } from './corpus.ts';

export interface DetectorRun {
  file: DataFile;
  anomalyScores: Float64Array;
}

export interface RunSummary {
  runs: DetectorRun[];
  points: number;
  detectorMs: number;
  stateBytesPerStream: number;
}

export function runDetector(corpus: readonly DataFile[]): RunSummary {
  let detectorMs = 0;
  let points = 0;
  let stateBytesPerStream = 0;
  const runs = corpus.map((file) => {
    const detector = createLanternDetector();
    const anomalyScores = new Float64Array(file.values.length);
    const started = performance.now();
    for (let i = 0; i < anomalyScores.length; i++) {
      anomalyScores[i] = detector.observe(file.times[i] as number, file.values[i] as number);
    }
    detectorMs += performance.now() - started;
    points += anomalyScores.length;
    stateBytesPerStream = Math.max(stateBytesPerStream, detector.stateBytes);
    return { file, anomalyScores };
  });
  return { runs, points, detectorMs, stateBytesPerStream };
}

/** `<out>/<category>/lantern_<file>.csv` with `timestamp,anomaly_score`, one row per data row. */
export function writeResultFiles(runs: readonly DetectorRun[], outFolder: string): void {
  for (const { file, anomalyScores } of runs) {
    const folder = path.join(outFolder, file.category);
    mkdirSync(folder, { recursive: true });
    const lines = ['timestamp,anomaly_score'];
    for (let i = 0; i < anomalyScores.length; i++) {
      lines.push(`${file.timestamps[i]},${anomalyScores[i] as number}`);
    }
    writeFileSync(path.join(folder, `lantern_${file.fileName}`), lines.join('\n') + '\n');
  }
}
