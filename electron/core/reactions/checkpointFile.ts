import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const CHECKPOINT_FILE = 'reactions.json';

/** Each reaction's last processed audit seq, by reaction name. */
export type Checkpoints = Record<string, number>;

export class CheckpointFileError extends Error {
  override readonly name = 'CheckpointFileError';
}

/**
 * Reaction checkpoints in `<data>/reactions.json`. Written to a temporary
 * file, flushed, renamed over the old one and the folder flushed, so a
 * crash leaves either the old checkpoints or the new ones, never half.
 */
export class CheckpointFile {
  readonly path: string;

  constructor(dataDir: string) {
    this.path = join(dataDir, CHECKPOINT_FILE);
  }

  read(): Checkpoints {
    let text: string;
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw error;
    }
    const parsed = JSON.parse(text) as unknown;
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw new CheckpointFileError(`${this.path} does not hold reaction checkpoints`);
    const entries = Object.entries(parsed).filter(
      (entry): entry is [string, number] => Number.isSafeInteger(entry[1]) && entry[1] >= 0,
    );
    return Object.fromEntries(entries);
  }

  write(checkpoints: Checkpoints): void {
    const temporary = `${this.path}.tmp`;
    const file = openSync(temporary, 'w', 0o600);
    try {
      writeSync(file, `${JSON.stringify(checkpoints, null, 2)}\n`);
      fsyncSync(file);
    } finally {
      closeSync(file);
    }
    renameSync(temporary, this.path);
    const folder = openSync(dirname(this.path), 'r');
    try {
      fsyncSync(folder);
    } finally {
      closeSync(folder);
    }
  }
}
