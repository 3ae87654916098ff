// Reads a NAB-layout folder: data/<category>/<file>.csv, labels/combined_windows.json
// and config/profiles.json, and detector outputs laid out as NAB results.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { CostMatrix } from '../../shared/anomaly/nabScorer.ts';

export interface DataFile {
  /** "<category>/<file>.csv", the key of the label files. */
  key: string;
  category: string;
  fileName: string;
  timestamps: string[];
  /** Milliseconds since the epoch, read as UTC. */
  times: Float64Array;
  values: Float64Array;
  windows: [number, number][];
}

export class CorpusError extends Error {
  override name = 'CorpusError';
}

/** "YYYY-MM-DD HH:MM:SS[.ffffff]" as UTC milliseconds. */
export function parseTimestamp(text: string): number {
  const ms = Date.parse(`${text.trim().replace(' ', 'T')}Z`);
  if (Number.isNaN(ms)) throw new CorpusError(`"${text}" is not a timestamp YYYY-MM-DD HH:MM:SS`);
  return ms;
}

/** Rows of a two-column CSV with a header line. */
export function readTwoColumns(file: string): { first: string[]; second: number[] } {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).slice(1);
  const first: string[] = [];
  const second: number[] = [];
  for (const line of lines) {
    if (line.trim() === '') continue;
    const comma = line.indexOf(',');
    const value = Number(line.slice(comma + 1));
    if (comma < 0 || Number.isNaN(value)) throw new CorpusError(`${file}: bad row "${line}"`);
    first.push(line.slice(0, comma));
    second.push(value);
  }
  return { first, second };
}

function windowRows(key: string, times: Float64Array, limits: [string, string][]) {
  const rowOf = (text: string) => {
    const ms = parseTimestamp(text);
    const row = times.indexOf(ms);
    if (row < 0) throw new CorpusError(`${key}: window edge ${text} is not a row timestamp`);
    return row;
  };
  return limits.map(([start, end]) => [rowOf(start), rowOf(end)] as [number, number]);
}

/** Every data file of the folder, sorted by category then file name. */
export function readCorpus(folder: string): DataFile[] {
  const labelsFile = path.join(folder, 'labels', 'combined_windows.json');
  if (!existsSync(labelsFile)) throw new CorpusError(`${labelsFile} is missing`);
  const labels = JSON.parse(readFileSync(labelsFile, 'utf8')) as Record<string, [string, string][]>;
  const files: DataFile[] = [];
  const dataFolder = path.join(folder, 'data');
  for (const category of readdirSync(dataFolder).sort()) {
    for (const fileName of readdirSync(path.join(dataFolder, category)).sort()) {
      if (!fileName.endsWith('.csv')) continue;
      const key = `${category}/${fileName}`;
      const limits = labels[key];
      if (limits === undefined) throw new CorpusError(`${key} has no entry in ${labelsFile}`);
      const rows = readTwoColumns(path.join(dataFolder, category, fileName));
      const times = Float64Array.from(rows.first, parseTimestamp);
      const windows = windowRows(key, times, limits);
      files.push({
        key,
        category,
        fileName,
        timestamps: rows.first,
        times,
        values: Float64Array.from(rows.second),
        windows,
      });
    }
  }
  return files;
}

/** The three profiles of config/profiles.json. */
export function readProfiles(folder: string): Record<string, CostMatrix> {
  const text = readFileSync(path.join(folder, 'config', 'profiles.json'), 'utf8');
  const profiles = JSON.parse(text) as Record<string, { CostMatrix: CostMatrix }>;
  return Object.fromEntries(Object.entries(profiles).map(([name, p]) => [name, p.CostMatrix]));
}

/** A published detector's scores for one data file (`<detector>/<category>/<detector>_<file>`). */
export function readDetectorScores(
  resultsFolder: string,
  detector: string,
  file: DataFile,
): Float64Array {
  const csv = path.join(resultsFolder, detector, file.category, `${detector}_${file.fileName}`);
  const rows = readTwoColumns(csv);
  if (rows.second.length !== file.values.length) {
    throw new CorpusError(
      `${csv} has ${rows.second.length} rows, the data file ${file.values.length}`,
    );
  }
  return Float64Array.from(rows.second);
}
