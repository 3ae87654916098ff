import { getRxStorageMemory } from 'rxdb/plugins/storage-memory';
import { NON_PREMIUM_COLLECTION_LIMIT } from 'rxdb/plugins/utils';
import { describe, expect, it } from 'vitest';
import { createLanternDatabase } from './database.ts';
import { KIND_NAMES } from './kinds.ts';
import {
  COLLECTION_NAMES,
  COLLECTIONS_KEPT_FREE,
  collectionOfKind,
  RXDB_COLLECTION_CEILING,
} from './layout.ts';

describe('storage layout', () => {
  it('opens few enough collections that modules still to come have room', () => {
    expect(RXDB_COLLECTION_CEILING).toBe(NON_PREMIUM_COLLECTION_LIMIT);
    const free = RXDB_COLLECTION_CEILING - COLLECTION_NAMES.length;
    expect(
      free,
      `The layout opens ${COLLECTION_NAMES.length} collections (${COLLECTION_NAMES.join(', ')}); ` +
        `RxDB's open-source build allows ${RXDB_COLLECTION_CEILING} per process (node and every window ` +
        `alike) and ${COLLECTIONS_KEPT_FREE} stay free for later modules: store the new kind in records`,
    ).toBeGreaterThanOrEqual(COLLECTIONS_KEPT_FREE);
  });

  it('creates exactly the layout’s collections, and every kind has one', async () => {
    const database = await createLanternDatabase({
      name: `layout${Math.random().toString(36).slice(2)}`,
      storage: getRxStorageMemory(),
    });
    try {
      expect(Object.keys(database.collections).sort()).toEqual([...COLLECTION_NAMES].sort());
      for (const kind of KIND_NAMES) expect(COLLECTION_NAMES).toContain(collectionOfKind(kind));
    } finally {
      await database.remove();
    }
  });
});
