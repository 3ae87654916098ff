import { describe, expect, it } from 'vitest';
import { menuActionTarget } from './menu.ts';
import { createWindowRegistry } from './windowRegistry.ts';

describe('menuActionTarget', () => {
  const registry = createWindowRegistry<string>();
  registry.add({ webContentsId: 1, kind: 'commander', readOnly: false, window: 'commander 1' });
  registry.add({ webContentsId: 2, kind: 'wall', readOnly: true, window: 'wall' });
  registry.add({ webContentsId: 3, kind: 'commander', readOnly: false, window: 'commander 2' });

  it('sends to the focused commander window', () => {
    expect(menuActionTarget(registry, 3)?.window).toBe('commander 2');
  });

  it('never sends to a wall display: a focused wall routes to a commander window', () => {
    expect(menuActionTarget(registry, 2)?.window).toBe('commander 1');
    expect(menuActionTarget(registry, undefined)?.window).toBe('commander 1');
  });

  it('finds nothing when no commander window is open', () => {
    expect(menuActionTarget(createWindowRegistry<string>(), undefined)).toBeUndefined();
  });
});
