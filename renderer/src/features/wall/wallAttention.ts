import type { WallPanelId } from './wallPanels.ts';

/** What the wall watches to decide that something just happened. */
export interface WallSignals {
  activeIncidentIds: readonly string[];
  focusIncidentId: string | undefined;
  focusLatestEntryId: string | undefined;
}

/**
 * The panel to jump to when something changes, so the room sees it at once:
 * a newly active incident shows the list; a new entry on the most severe
 * incident shows its timeline. Nothing to do on the first look.
 */
export function attentionPanel(
  previous: WallSignals | undefined,
  next: WallSignals,
): WallPanelId | null {
  if (!previous) return null;
  const known = new Set(previous.activeIncidentIds);
  if (next.activeIncidentIds.some((id) => !known.has(id))) return 'active-incidents';
  const sameFocus =
    next.focusIncidentId !== undefined && next.focusIncidentId === previous.focusIncidentId;
  if (
    sameFocus &&
    next.focusLatestEntryId &&
    next.focusLatestEntryId !== previous.focusLatestEntryId
  ) {
    return 'latest-timeline';
  }
  return null;
}
