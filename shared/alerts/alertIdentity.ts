import { defaultHashSha256 } from 'rxdb';

/** Hex SHA-256 of an integration key: what is stored, synced and looked up. */
export function integrationKeyHash(key: string): Promise<string> {
  return defaultHashSha256(key);
}

/**
 * An alert's id from (integration, dedup key, episode): every node taking the
 * same event derives the same id, so concurrent intake on two peers merges
 * into one alert instead of two.
 */
export async function alertIdOf(
  integrationId: string,
  dedupKey: string,
  episode: number,
): Promise<string> {
  const hash = await defaultHashSha256(`${integrationId}\n${dedupKey}\n${episode}`);
  return `al-${hash.slice(0, 40)}`;
}
