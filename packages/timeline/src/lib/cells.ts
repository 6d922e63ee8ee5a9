/**
 * Counting helpers for the layout: binary searches over sorted times, and grids of cells in
 * time (density bins, label slots, "+N" regions) over the view.
 *
 * @module
 */

/** The first index whose value is at least `value` (the values are sorted). */
export function lowerBound(
  values: Float64Array,
  value: number,
  lo = 0,
  hi = values.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The first index whose value is greater than `value` (the values are sorted). */
export function upperBound(
  values: Float64Array,
  value: number,
  lo = 0,
  hi = values.length,
): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A grid of cells fixed in time over the view; see {@link timeCells}. */
export interface Cells {
  /** The number of the first cell counted from the Unix epoch (the keys are `first + i`). */
  first: number;
  count: number;
  /** The cell (counted from `first`) an instant falls into; instants outside go to the ends. */
  of(t: number): number;
  /** The instant where cell `i` (counted from `first`) starts. */
  time(i: number): number;
  /** The pixel where cell `i` (counted from `first`) starts. */
  start(i: number): number;
}

/**
 * A grid of cells of `duration` milliseconds covering `[tMin, tMax]`, for counting per stretch
 * of the view. Its lines are fixed in time, at whole multiples of `duration` from the Unix
 * epoch, not on the screen: a pan moves them with the events, so what falls into which cell,
 * and so which labels, bins and counts are shown, does not flicker while panning. Durations
 * are powers of two, so `t / duration` is exact and every instant has one cell, whatever the
 * zoom. A cell's number from the epoch is stable under panning: the keys.
 *
 * @param px - the pixel of an instant at the current zoom
 */
export function timeCells(
  tMin: number,
  tMax: number,
  duration: number,
  px: (t: number) => number,
): Cells {
  const first = Math.floor(tMin / duration);
  const count = Number.isFinite(duration) ? Math.floor(tMax / duration) - first + 1 : 1;
  const time = (i: number) => (Number.isFinite(duration) ? (i + first) * duration : tMin);
  return {
    first,
    count,
    of: (t) => Math.min(Math.max(Math.floor(t / duration), first), first + count - 1) - first,
    time,
    start: (i) => px(time(i)),
  };
}
