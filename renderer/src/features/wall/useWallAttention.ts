import { useEffect, useRef } from 'react';
import { useAppDispatch } from '../../app/store/hooks.ts';
import { attentionPanel, type WallSignals } from './wallAttention.ts';
import type { WallPanelId } from './wallPanels.ts';
import { panelShown } from './wallSlice.ts';

/** Jumps to the panel that shows what just changed (signals are ignored while loading). */
export function useWallAttention(
  signals: WallSignals | undefined,
  panels: readonly WallPanelId[],
): void {
  const dispatch = useAppDispatch();
  const previous = useRef<WallSignals | undefined>(undefined);
  const key = signals ? JSON.stringify(signals) : undefined;

  useEffect(() => {
    if (!key) return;
    const next = JSON.parse(key) as WallSignals;
    const panel = attentionPanel(previous.current, next);
    previous.current = next;
    const index = panel ? panels.indexOf(panel) : -1;
    if (index >= 0) dispatch(panelShown(index));
  }, [key, panels, dispatch]);
}
