import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { UnknownDisplayError } from './errors.ts';
import { createWallDisplays, type WallWindowLike } from './wallDisplay.ts';
import type { DisplayLike } from './wallDisplayMemory.ts';
import { wallDisplayFileStore } from './wallDisplayStore.ts';

const laptop: DisplayLike = {
  id: 1,
  label: 'Built-in',
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
};
const tv: DisplayLike = {
  id: 7,
  label: 'LG TV',
  bounds: { x: 1512, y: 0, width: 3840, height: 2160 },
};

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(
    folders.splice(0).map((folder) => rm(folder, { recursive: true, force: true })),
  );
});

async function setup(displays: DisplayLike[] = [laptop, tv]) {
  const folder = await mkdtemp(path.join(tmpdir(), 'lantern-wall-'));
  folders.push(folder);
  const file = path.join(folder, 'wall-display.json');
  const opened: {
    bounds: DisplayLike['bounds'];
    window: WallWindowLike & { focused: number; destroyed: boolean };
  }[] = [];
  const walls = createWallDisplays({
    screen: { getAllDisplays: () => displays, getPrimaryDisplay: () => laptop },
    store: wallDisplayFileStore(file),
    openWindow: (bounds) => {
      const window = {
        focused: 0,
        destroyed: false,
        focus() {
          this.focused++;
        },
        isDestroyed() {
          return this.destroyed;
        },
      };
      opened.push({ bounds, window });
      return window;
    },
  });
  return { walls, opened, file };
}

describe('wall displays', () => {
  it('opens a window on the bounds of the chosen screen and remembers the choice in a file', async () => {
    const { walls, opened, file } = await setup();
    await walls.open(7);
    expect(opened.map((entry) => entry.bounds)).toEqual([tv.bounds]);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ version: 1 });
    const listed = await walls.list();
    expect(listed.find((display) => display.remembered)?.id).toBe(7);
    expect(listed.find((display) => display.primary)?.id).toBe(1);
  });

  it('focuses the wall already on that screen instead of opening a second one', async () => {
    const { walls, opened } = await setup();
    await walls.open(7);
    await walls.open(7);
    expect(opened).toHaveLength(1);
    expect(opened[0]?.window.focused).toBe(1);
    if (opened[0]) opened[0].window.destroyed = true;
    await walls.open(7);
    expect(opened).toHaveLength(2);
  });

  it('says which screen is gone when it was unplugged', async () => {
    const { walls, opened } = await setup();
    await expect(walls.open(42)).rejects.toBeInstanceOf(UnknownDisplayError);
    await expect(walls.open(42)).rejects.toThrow(/pick a screen from the list/);
    expect(opened).toHaveLength(0);
  });

  it('lists screens with nothing remembered when the memory file is damaged', async () => {
    const { walls, file } = await setup();
    await writeFile(file, 'not json');
    expect((await walls.list()).some((display) => display.remembered)).toBe(false);
  });
});
