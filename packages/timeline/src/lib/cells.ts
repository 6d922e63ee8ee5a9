/**
 * Counting helpers for `layout.ts`: a binary search over sorted times, and grids of cells over
 * the width (density bins, label slots, "+N" regions) whose lines are fixed in time.
 *
 * @module
 */

/** The first index whose value is at least `value` (the values are sorted). */
export function lowerBound(values: Float64Array, value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A grid of cells of `size` pixels over `[-margin, width + margin]`, for counting per stretch
 * of pixels. Its lines are fixed in time, not on the screen (they go through `origin`, the
 * pixel of one fixed instant): a pan moves them with the events, so what falls into which
 * cell, and so which labels, bins and counts are shown, does not flicker while panning.
 * A cell's number from `origin` (`first` plus its place) is stable under panning: the keys.
 */
export function cells(width: number, size: number, origin: number, margin: number) {
  const first = Math.floor((-margin - origin) / size);
  const count = Math.floor((width + margin - origin) / size) - first + 1;
  return {
    first,
    count,
    size,
    of: (x: number) =>
      Math.min(Math.max(Math.floor((x - origin) / size), first), first + count - 1) - first,
    /** Where cell `i` (counted from `first`) starts. */
    start: (i: number) => origin + (i + first) * size,
  };
}
