import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * Tokens the node hands out carry the id of their record, so the node finds
 * the record directly and compares hashes; only the hash is ever stored.
 * `ls1` = a person's session, `lt1` = an integration or wall token.
 */
export type TokenPrefix = 'ls1' | 'lt1';

export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export function newToken(prefix: TokenPrefix, id: string): { token: string; hash: string } {
  const token = `${prefix}.${id}.${randomBytes(32).toString('base64url')}`;
  return { token, hash: tokenHash(token) };
}

/** The record id a token names, when it has the expected shape. */
export function tokenRecordId(prefix: TokenPrefix, token: string): string | undefined {
  const parts = token.split('.');
  if (parts.length !== 3 || parts[0] !== prefix) return undefined;
  const id = parts[1] ?? '';
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : undefined;
}

export function hashMatches(token: string, storedHash: string): boolean {
  const given = Buffer.from(tokenHash(token), 'hex');
  const stored = Buffer.from(storedHash, 'hex');
  return given.length === stored.length && timingSafeEqual(given, stored);
}
