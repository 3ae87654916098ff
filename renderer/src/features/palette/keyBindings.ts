/** The keyboard event parts a binding looks at. */
export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>;

/** Whether a key press matches "Mod+Shift+D"-style keys; Mod is ⌘ on a Mac, Ctrl elsewhere. */
export function matchesKeys(press: KeyPress, keys: string, isMac: boolean): boolean {
  const parts = keys.split('+');
  const key = parts.pop()?.toLowerCase();
  const wants = new Set(parts.map((part) => part.toLowerCase()));
  const mod = isMac ? press.metaKey : press.ctrlKey;
  const other = isMac ? press.ctrlKey : press.metaKey;
  return (
    press.key.toLowerCase() === key &&
    mod === wants.has('mod') &&
    !other &&
    press.shiftKey === wants.has('shift') &&
    press.altKey === wants.has('alt')
  );
}
