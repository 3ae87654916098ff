import { useCallback, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { rowOffsets, visibleRange } from './rowOffsets.ts';
import { useRowHeights } from './useRowHeights.ts';

/** What a rendered row spreads onto its `<li>`: measuring ref and list semantics. */
export interface VirtualRowProps {
  ref: (element: HTMLElement | null) => (() => void) | undefined;
  role: 'listitem';
  'data-row-key': string;
  'aria-posinset': number;
  'aria-setsize': number;
}

export interface VirtualListProps<Item> {
  items: readonly Item[];
  itemKey: (item: Item) => string;
  /** Must return one `<li {...row}>`. */
  renderRow: (item: Item, row: VirtualRowProps) => ReactNode;
  /** The list's accessible name. */
  label: string;
  /** The scrolling region's accessible name. */
  regionLabel: string;
  estimatedRowHeight: number;
  overscan?: number;
  className?: string;
  listClassName?: string;
  /** Keep the newest (last) row in view as rows arrive, unless the reader scrolled up. */
  followTail?: boolean;
  children?: ReactNode;
}

/** Until the container has been measured (first paint, tests without layout). */
const FALLBACK_VIEWPORT = 800;
const FOLLOW_THRESHOLD = 80;

/**
 * A windowed list: only the rows in view (plus overscan) are in the DOM;
 * padding stands in for the rest. Rows may differ in height; each is
 * measured once rendered and the estimate stands until then.
 */
export function VirtualList<Item>(props: VirtualListProps<Item>) {
  const { items, itemKey, renderRow, estimatedRowHeight, overscan = 8, followTail = false } = props;
  const scrollRef = useRef<HTMLDivElement | null>(null);
  const following = useRef(true);
  const [scrollTop, setScrollTop] = useState(0);
  const { heights, viewportHeight, observe } = useRowHeights();

  const keys = useMemo(() => items.map(itemKey), [items, itemKey]);
  const offsets = useMemo(
    () => rowOffsets(keys, heights, estimatedRowHeight),
    [keys, heights, estimatedRowHeight],
  );
  const total = offsets[keys.length] ?? 0;
  const viewport = viewportHeight || FALLBACK_VIEWPORT;
  const { start, end } = visibleRange(offsets, scrollTop, viewport, overscan);

  // Setting scrollTop fires a scroll event, which moves the window.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (followTail && element && following.current) element.scrollTop = element.scrollHeight;
  }, [followTail, keys.length, total]);

  const onScroll = useCallback(() => {
    const element = scrollRef.current;
    if (!element) return;
    following.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_THRESHOLD;
    setScrollTop(element.scrollTop);
  }, []);

  const attachScroller = (element: HTMLDivElement | null) => {
    scrollRef.current = element;
    return observe(element);
  };

  return (
    <div
      ref={attachScroller}
      className={props.className}
      onScroll={onScroll}
      // Focusable so the history can be scrolled from the keyboard.
      tabIndex={0}
      role="region"
      aria-label={props.regionLabel}
    >
      {props.children}
      <ol
        role="list"
        aria-label={props.label}
        className={props.listClassName}
        style={{ paddingTop: offsets[start] ?? 0, paddingBottom: total - (offsets[end] ?? 0) }}
      >
        {items.slice(start, end).map((item, offset) => {
          const index = start + offset;
          const key = keys[index] ?? String(index);
          return renderRow(item, {
            ref: observe,
            role: 'listitem',
            'data-row-key': key,
            'aria-posinset': index + 1,
            'aria-setsize': items.length,
          });
        })}
      </ol>
    </div>
  );
}
