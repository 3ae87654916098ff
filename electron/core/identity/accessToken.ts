import { randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../files/atomicWrite.ts';

const TOKEN_FILE = 'access-token';

/** The API/browser token: the one given, else the one kept in the data folder, else a new one. */
export function resolveAccessToken(dataDir: string, given?: string): string {
  if (given) return given;
  const path = join(dataDir, TOKEN_FILE);
  if (existsSync(path)) {
    const stored = readFileSync(path, 'utf8').trim();
    if (stored.length >= 16) return stored;
  }
  const token = randomBytes(24).toString('base64url');
  writeFileAtomic(path, `${token}\n`);
  return token;
}

/** Constant-time token comparison. */
export function tokenMatches(expected: string, presented: string | undefined | null): boolean {
  if (!presented) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(presented);
  return a.length === b.length && timingSafeEqual(a, b);
}
