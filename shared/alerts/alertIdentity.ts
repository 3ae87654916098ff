import { defaultHashSha256 } from 'rxdb';
import { stableKey } from './adapters/payload.ts';

/** Hex SHA-256 of an integration key: what is stored, synced and looked up. */
export function integrationKeyHash(key: string): Promise<string> {
  return defaultHashSha256(key);
}

/**
 * An alert's id from (integration, dedup key, episode): every node taking the
 * same event derives the same id, so concurrent intake on two peers merges
 * into one alert instead of two. Two 64-bit FNV-1a hashes over the parts in
 * different orders (128 bits): synchronous, because the asynchronous
 * WebCrypto digest cost more than the rest of a storm's intake together.
 */
export function alertIdOf(integrationId: string, dedupKey: string, episode: number): string {
  const number = String(episode);
  return `al-${stableKey(integrationId, dedupKey, number)}${stableKey(number, dedupKey, integrationId)}`;
}
