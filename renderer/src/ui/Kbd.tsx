import { IS_MAC } from './platform.ts';

/** "Mod+K" shown as ⌘K on a Mac and Ctrl+K elsewhere. */
export function formatKeys(keys: string): string {
  return keys.replace('Mod', IS_MAC ? '⌘' : 'Ctrl').replace('Shift', IS_MAC ? '⇧' : 'Shift');
}

export function Kbd({ keys }: { keys: string }) {
  return <kbd className="kbd">{formatKeys(keys)}</kbd>;
}
