import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import type { SecretHash } from '../../../shared/schema/credential.ts';

/**
 * scrypt at N=2^15, r=8, p=1: about 32 MiB and tens of milliseconds per
 * guess on a laptop, so a copied database does not give up passphrases.
 * The parameters are stored with each hash; raising them later still
 * verifies what was hashed before.
 */
export const SCRYPT_PARAMETERS = { cost: 32_768, blockSize: 8, parallelization: 1, keyLength: 32 };

export const MIN_PASSPHRASE_LENGTH = 10;
export const PIN_PATTERN = /^[0-9]{4,8}$/;

function derive(
  secret: string,
  salt: Buffer,
  parameters: Omit<SecretHash, 'algorithm' | 'salt' | 'hash'>,
): Promise<Buffer> {
  const options: ScryptOptions = {
    N: parameters.cost,
    r: parameters.blockSize,
    p: parameters.parallelization,
    maxmem: 256 * parameters.cost * parameters.blockSize,
  };
  return new Promise((resolve, reject) =>
    scrypt(secret.normalize('NFKC'), salt, parameters.keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    ),
  );
}

export async function hashSecret(secret: string): Promise<SecretHash> {
  const salt = randomBytes(16);
  const key = await derive(secret, salt, SCRYPT_PARAMETERS);
  return {
    algorithm: 'scrypt',
    ...SCRYPT_PARAMETERS,
    salt: salt.toString('base64'),
    hash: key.toString('base64'),
  };
}

export async function secretMatches(secret: string, stored: SecretHash): Promise<boolean> {
  const expected = Buffer.from(stored.hash, 'base64');
  const key = await derive(secret, Buffer.from(stored.salt, 'base64'), stored);
  return key.length === expected.length && timingSafeEqual(key, expected);
}

/** Plain-language problems with a chosen passphrase or PIN, or none. */
export function credentialProblems(
  passphrase: string,
  pin?: string,
): { field: string; reason: string }[] {
  const problems: { field: string; reason: string }[] = [];
  if (passphrase.length < MIN_PASSPHRASE_LENGTH)
    problems.push({
      field: 'passphrase',
      reason: `use at least ${MIN_PASSPHRASE_LENGTH} characters`,
    });
  if (passphrase.length > 1024)
    problems.push({ field: 'passphrase', reason: 'at most 1024 characters' });
  if (pin !== undefined && !PIN_PATTERN.test(pin))
    problems.push({ field: 'pin', reason: 'a PIN is 4 to 8 digits' });
  return problems;
}
