import { describe, expect, it } from 'vitest';
import {
  displaySetKey,
  emptyWallDisplayMemory,
  parseWallDisplayMemory,
  recallWallDisplay,
  rememberWallDisplay,
  summariseDisplays,
  type DisplayLike,
} from './wallDisplayMemory.ts';

const laptop: DisplayLike = {
  id: 1,
  label: 'Built-in Retina Display',
  bounds: { x: 0, y: 0, width: 1512, height: 982 },
};
const tv: DisplayLike = {
  id: 7,
  label: 'LG TV',
  bounds: { x: 1512, y: 0, width: 3840, height: 2160 },
};
const projector: DisplayLike = {
  id: 9,
  label: '',
  bounds: { x: -1920, y: 0, width: 1920, height: 1080 },
};

describe('wall display memory', () => {
  it('recalls the screen picked for the same set of screens, in any order', () => {
    const memory = rememberWallDisplay(emptyWallDisplayMemory(), [laptop, tv], 7);
    expect(recallWallDisplay(memory, [tv, laptop])).toBe(7);
    expect(displaySetKey([laptop, tv])).toBe(displaySetKey([tv, laptop]));
  });

  it('keeps one choice per set of screens', () => {
    let memory = rememberWallDisplay(emptyWallDisplayMemory(), [laptop, tv], 7);
    memory = rememberWallDisplay(memory, [laptop, projector], 9);
    memory = rememberWallDisplay(memory, [laptop, tv], 1);
    expect(recallWallDisplay(memory, [laptop, tv])).toBe(1);
    expect(recallWallDisplay(memory, [laptop, projector])).toBe(9);
    expect(recallWallDisplay(memory, [laptop])).toBeUndefined();
  });

  it('forgets the oldest sets beyond twenty', () => {
    let memory = emptyWallDisplayMemory();
    for (let id = 100; id < 125; id++) {
      memory = rememberWallDisplay(memory, [laptop, { ...tv, id }], id);
    }
    expect(Object.keys(memory.choices)).toHaveLength(20);
    expect(recallWallDisplay(memory, [laptop, { ...tv, id: 100 }])).toBeUndefined();
    expect(recallWallDisplay(memory, [laptop, { ...tv, id: 124 }])).toBe(124);
  });

  it('survives a round trip through JSON and treats a damaged file as empty', () => {
    const memory = rememberWallDisplay(emptyWallDisplayMemory(), [laptop, tv], 7);
    expect(parseWallDisplayMemory(JSON.stringify(memory))).toEqual(memory);
    expect(parseWallDisplayMemory(undefined)).toEqual(emptyWallDisplayMemory());
    expect(parseWallDisplayMemory('{"version":1,"choices":')).toEqual(emptyWallDisplayMemory());
    expect(parseWallDisplayMemory('{"version":2,"choices":{}}')).toEqual(emptyWallDisplayMemory());
    expect(parseWallDisplayMemory('{"version":1,"choices":{"a":"TV","b":3}}')).toEqual({
      version: 1,
      choices: { b: 3 },
    });
  });

  it('lists screens with a label, the primary one and the remembered one', () => {
    expect(summariseDisplays([laptop, projector], 1, 9)).toEqual([
      {
        id: 1,
        label: 'Built-in Retina Display',
        bounds: laptop.bounds,
        primary: true,
        remembered: false,
      },
      { id: 9, label: 'Screen 2', bounds: projector.bounds, primary: false, remembered: true },
    ]);
  });
});
