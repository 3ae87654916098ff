import { useEffect, useState } from 'react';

export const ROW_KEY_ATTRIBUTE = 'data-row-key';

function borderBoxHeight(entry: ResizeObserverEntry): number {
  return entry.borderBoxSize?.[0]?.blockSize ?? entry.target.getBoundingClientRect().height;
}

/**
 * Heights of rendered rows (by their row-key attribute) and of the scrolling
 * viewport, kept current by one ResizeObserver. Without ResizeObserver (tests)
 * nothing is measured and estimates stand.
 */
export function useRowHeights() {
  const [heights, setHeights] = useState<ReadonlyMap<string, number>>(() => new Map());
  const [viewportHeight, setViewportHeight] = useState(0);
  const [observer] = useState(() =>
    typeof ResizeObserver === 'undefined'
      ? null
      : new ResizeObserver((entries) => {
          const rows = entries.filter((e) => e.target.hasAttribute(ROW_KEY_ATTRIBUTE));
          const viewport = entries.find((e) => !e.target.hasAttribute(ROW_KEY_ATTRIBUTE));
          if (viewport) setViewportHeight(viewport.contentRect.height);
          if (rows.length) setHeights((current) => withMeasured(current, rows));
        }),
  );
  useEffect(() => () => observer?.disconnect(), [observer]);
  // A ref callback: React 19 calls the returned cleanup when the row leaves the DOM.
  const observe = (element: Element | null) => {
    if (!element || !observer) return undefined;
    observer.observe(element);
    return () => observer.unobserve(element);
  };
  return { heights, viewportHeight, observe };
}

function withMeasured(
  current: ReadonlyMap<string, number>,
  rows: readonly ResizeObserverEntry[],
): ReadonlyMap<string, number> {
  let next: Map<string, number> | undefined;
  for (const row of rows) {
    const key = row.target.getAttribute(ROW_KEY_ATTRIBUTE) ?? '';
    const height = borderBoxHeight(row);
    if (height > 0 && Math.abs((current.get(key) ?? 0) - height) > 0.5) {
      next ??= new Map(current);
      next.set(key, height);
    }
  }
  return next ?? current;
}
