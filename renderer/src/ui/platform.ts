/** Whether keyboard shortcuts use ⌘ (Apple platforms) rather than Ctrl. */
export const IS_MAC =
  typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
