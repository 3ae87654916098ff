import { describe, expect, it } from 'vitest';
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { COLLECTION_NAMES } from './collections.ts';
import { createLanternDatabase } from './createLanternDatabase.ts';

// RxDB's open-source build refuses a 14th open collection in one process.
const RXDB_OPEN_SOURCE_COLLECTION_LIMIT = 13;

describe('Lantern collections', () => {
  it('stay within RxDB’s open-collection limit (migrations use storage instances, not collections)', () => {
    expect(COLLECTION_NAMES.length).toBeLessThanOrEqual(RXDB_OPEN_SOURCE_COLLECTION_LIMIT);
  });

  it('open from the one factory with every schema valid', async () => {
    const database = await createLanternDatabase({
      name: 'schemacheck',
      storage: getRxStorageMemory(),
    });
    expect(Object.keys(database.collections).sort()).toEqual([...COLLECTION_NAMES].sort());
    await database.remove();
  });
});
