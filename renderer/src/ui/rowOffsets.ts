/** Top offset of every row (and the total height at the end), measured heights first, estimates otherwise. */
export function rowOffsets(
  keys: readonly string[],
  measured: ReadonlyMap<string, number>,
  estimate: number,
): Float64Array {
  const offsets = new Float64Array(keys.length + 1);
  for (let index = 0; index < keys.length; index += 1)
    offsets[index + 1] = (offsets[index] ?? 0) + (measured.get(keys[index] ?? '') ?? estimate);
  return offsets;
}

/** The index of the row at `top` pixels (binary search over the offsets). */
export function rowAt(offsets: Float64Array, top: number): number {
  let low = 0;
  let high = offsets.length - 2;
  while (low < high) {
    const middle = (low + high + 1) >> 1;
    if ((offsets[middle] ?? 0) <= top) low = middle;
    else high = middle - 1;
  }
  return Math.max(0, low);
}

/** Rows to render for a viewport: the visible ones plus `overscan` either side. */
export function visibleRange(
  offsets: Float64Array,
  scrollTop: number,
  viewportHeight: number,
  overscan: number,
): { start: number; end: number } {
  const count = offsets.length - 1;
  if (count <= 0) return { start: 0, end: 0 };
  const first = rowAt(offsets, scrollTop);
  const last = rowAt(offsets, scrollTop + viewportHeight);
  return { start: Math.max(0, first - overscan), end: Math.min(count, last + 1 + overscan) };
}
