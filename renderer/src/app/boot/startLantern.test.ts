import { describe, expect, it } from 'vitest';
import { wallDisplayUrl } from '../../features/palette/openWallDisplay.ts';
import { isWallLocation } from './startLantern.ts';

describe('wall display routing', () => {
  it('recognises the wall route, and only it', () => {
    expect(isWallLocation({ hash: '#/wall' })).toBe(true);
    expect(isWallLocation({ hash: '#/wall/' })).toBe(true);
    expect(isWallLocation({ hash: '#/wallpaper' })).toBe(false);
    expect(isWallLocation({ hash: '#/incidents/inc-1' })).toBe(false);
    expect(isWallLocation({ hash: '' })).toBe(false);
  });

  it('opens the wall on the same node, whatever page the console is on', () => {
    expect(wallDisplayUrl('http://10.0.0.5:4870/#/incidents/inc-1')).toBe(
      'http://10.0.0.5:4870/#/wall',
    );
  });
});
