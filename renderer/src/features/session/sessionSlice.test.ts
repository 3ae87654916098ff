import { describe, expect, it } from 'vitest';
import { createAppStore } from '../../app/store/store.ts';
import { createTestLantern } from '../../test/testLantern.testHelpers.ts';
import { CURRENT_PERSON_STORAGE_KEY, personChosen, personCleared } from './sessionSlice.ts';

function memoryStorage(): Storage {
  const values = new Map<string, string>();
  return {
    get length() {
      return values.size;
    },
    clear: () => values.clear(),
    getItem: (key) => values.get(key) ?? null,
    key: (index) => [...values.keys()][index] ?? null,
    removeItem: (key) => void values.delete(key),
    setItem: (key, value) => void values.set(key, value),
  };
}

describe('session', () => {
  it('remembers the person at this keyboard across reloads, and forgets on switch', async () => {
    const lantern = await createTestLantern();
    const storage = memoryStorage();
    createAppStore({ bridge: lantern.bridge, storage }).dispatch(personChosen('person-amara'));
    expect(storage.getItem(CURRENT_PERSON_STORAGE_KEY)).toBe('person-amara');

    const reloaded = createAppStore({ bridge: lantern.bridge, storage });
    expect(reloaded.getState().session.currentPersonId).toBe('person-amara');

    reloaded.dispatch(personCleared());
    expect(storage.getItem(CURRENT_PERSON_STORAGE_KEY)).toBeNull();
    await lantern.close();
  });
});
