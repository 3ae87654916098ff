import { useLayoutEffect, useRef } from 'react';

/** How close to the bottom still counts as "following along" (px). */
const FOLLOW_THRESHOLD = 80;

/**
 * Keeps a scrolling timeline pinned to its newest entry as entries arrive,
 * unless the reader has scrolled up to look at history.
 */
export function useStickToBottom<T extends HTMLElement>(entryCount: number) {
  const scrollRef = useRef<T>(null);
  const following = useRef(true);

  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element && following.current) element.scrollTop = element.scrollHeight;
  }, [entryCount]);

  function onScroll() {
    const element = scrollRef.current;
    if (!element) return;
    following.current =
      element.scrollHeight - element.scrollTop - element.clientHeight < FOLLOW_THRESHOLD;
  }

  return { scrollRef, onScroll };
}
