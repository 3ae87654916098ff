import type { DisplaySummary } from '../../shared/contract/ipc.ts';

/** The parts of an Electron Display the wall display logic reads. */
export interface DisplayLike {
  id: number;
  label: string;
  bounds: { x: number; y: number; width: number; height: number };
}

/**
 * Which screen the wall display went on, per set of attached screens: at the
 * desk with the TV plugged in it is the TV; on the laptop alone there is no
 * remembered choice and the renderer asks.
 */
export interface WallDisplayMemory {
  version: 1;
  /** displaySetKey → chosen display id, most recent last. */
  choices: Record<string, number>;
}

const MAX_REMEMBERED_SETS = 20;

export function emptyWallDisplayMemory(): WallDisplayMemory {
  return { version: 1, choices: {} };
}

/** The same screens attached give the same key, whatever order they are listed in. */
export function displaySetKey(displays: readonly DisplayLike[]): string {
  return displays
    .map((display) => `${display.id}:${display.bounds.width}x${display.bounds.height}`)
    .sort()
    .join('|');
}

export function rememberWallDisplay(
  memory: WallDisplayMemory,
  displays: readonly DisplayLike[],
  chosenId: number,
): WallDisplayMemory {
  const key = displaySetKey(displays);
  const others = Object.entries(memory.choices).filter(([known]) => known !== key);
  const kept = others.slice(Math.max(0, others.length - (MAX_REMEMBERED_SETS - 1)));
  return { version: 1, choices: Object.fromEntries([...kept, [key, chosenId]]) };
}

export function recallWallDisplay(
  memory: WallDisplayMemory,
  displays: readonly DisplayLike[],
): number | undefined {
  const chosen = memory.choices[displaySetKey(displays)];
  return displays.some((display) => display.id === chosen) ? chosen : undefined;
}

/** A memory file that is missing, unreadable or from elsewhere counts as empty. */
export function parseWallDisplayMemory(text: string | undefined): WallDisplayMemory {
  if (!text) return emptyWallDisplayMemory();
  try {
    const parsed = JSON.parse(text) as { version?: unknown; choices?: unknown };
    if (parsed.version !== 1 || typeof parsed.choices !== 'object' || parsed.choices === null) {
      return emptyWallDisplayMemory();
    }
    const choices = Object.entries(parsed.choices).filter((entry): entry is [string, number] =>
      Number.isInteger(entry[1]),
    );
    return { version: 1, choices: Object.fromEntries(choices) };
  } catch {
    return emptyWallDisplayMemory();
  }
}

export function summariseDisplays(
  displays: readonly DisplayLike[],
  primaryId: number,
  rememberedId: number | undefined,
): DisplaySummary[] {
  return displays.map((display, index) => ({
    id: display.id,
    label: display.label || `Screen ${index + 1}`,
    bounds: { ...display.bounds },
    primary: display.id === primaryId,
    remembered: display.id === rememberedId,
  }));
}
