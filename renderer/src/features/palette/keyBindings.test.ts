import { describe, expect, it } from 'vitest';
import { matchesKeys, type KeyPress } from './keyBindings.ts';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  altKey: false,
  ...modifiers,
});

describe('matchesKeys', () => {
  it('reads Mod as Ctrl off a Mac and ⌘ on a Mac', () => {
    expect(matchesKeys(press('k', { ctrlKey: true }), 'Mod+K', false)).toBe(true);
    expect(matchesKeys(press('k', { metaKey: true }), 'Mod+K', true)).toBe(true);
    expect(matchesKeys(press('k', { metaKey: true }), 'Mod+K', false)).toBe(false);
  });

  it('requires exactly the modifiers named', () => {
    expect(matchesKeys(press('D', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+D', false)).toBe(
      true,
    );
    expect(matchesKeys(press('d', { ctrlKey: true }), 'Mod+Shift+D', false)).toBe(false);
    expect(matchesKeys(press('k', { ctrlKey: true, altKey: true }), 'Mod+K', false)).toBe(false);
  });
});
