import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { parseWallDisplayMemory, type WallDisplayMemory } from './wallDisplayMemory.ts';

export interface WallDisplayStore {
  load(): Promise<WallDisplayMemory>;
  save(memory: WallDisplayMemory): Promise<void>;
}

/** The wall display memory as a small JSON file in userData, written atomically. */
export function wallDisplayFileStore(filePath: string): WallDisplayStore {
  return {
    async load() {
      const text = await readFile(filePath, 'utf8').catch(() => undefined);
      return parseWallDisplayMemory(text);
    },
    async save(memory) {
      await mkdir(dirname(filePath), { recursive: true });
      const temporary = `${filePath}.${process.pid}.tmp`;
      await writeFile(temporary, `${JSON.stringify(memory, null, 2)}\n`, 'utf8');
      await rename(temporary, filePath);
    },
  };
}
