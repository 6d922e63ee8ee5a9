/**
 * What a lane holds in view at one zoom, counted per cell: events in view, density per bin,
 * the best-ranked events per label slot, and events per "+N" region. `layout.ts` places marks
 * and labels from it.
 *
 * {@link countLane} looks at each cell that has events, by binary search in the lane's sorted
 * tables (`laneTables`), not at each event: a frame of a lane with 20,000 events in view
 * costs a few thousand steps instead of 20,000.
 *
 * @module
 */
import { DAY_HALF, laneTables, type LaneMarks } from './lane-index.js';
import type { TimeScale } from './scale.js';
import { lowerBound, timeCells, upperBound, type Cells } from './cells.js';

/** Marks this far outside the view are still laid out, so they slide in when panning. */
const MARGIN = 240;

/** The cells of one zoom, the same for every lane. */
export interface Frame {
  /** The instants at `-MARGIN` and `width + MARGIN`: the events overlapping them are in view. */
  tMin: number;
  tMax: number;
  /** The instants at 0 and `width`: "+N" counts the events whose centre lies between them. */
  tLeft: number;
  tRight: number;
  /** Pixels by a straight line, for counting: the positions drawn use the scale. */
  px: (t: number) => number;
  /** Label rows per lane: each slot keeps this many candidates. */
  rows: number;
  /** The view's width in pixels: only bins within it are drawn. */
  width: number;
  slots: Cells;
  bins: Cells;
  regions: Cells;
}

/** Sizes of the cells, in pixels; see `LayoutOptions` in `layout.ts`. */
export interface FrameOptions {
  scale: TimeScale;
  width: number;
  rows: number;
  bucket?: number;
  binWidth?: number;
  slot?: number;
}

/** The cells of one zoom. */
export function frameOf(options: FrameOptions): Frame {
  const { scale, width, rows, bucket = 96, binWidth = 4, slot = 48 } = options;
  const tMin = scale.invert(-MARGIN).getTime();
  const tMax = scale.invert(width + MARGIN).getTime();
  const d0 = scale.domain[0].getTime();
  const r0 = scale.range[0];
  const k = (scale.range[1] - r0) / (scale.domain[1].getTime() - d0 || 1);
  const px = (t: number) => r0 + (t - d0) * k;
  // Cells last a whole power of two of milliseconds, the one nearest the size asked for (so
  // between 0.71 and 1.41 times it on screen). Within one such octave of zoom the same events
  // fall into the same cells; zooming in by one octave halves each cell. A cell's best-ranked
  // events are among the best of its two halves, so zooming in only adds labels and zooming
  // out only takes some away, instead of a new set at every step of the wheel.
  const duration = (pixels: number) =>
    k > 0 && Number.isFinite(k) ? 2 ** Math.round(Math.log2(pixels / k)) : Infinity;
  return {
    tMin,
    tMax,
    tLeft: scale.invert(0).getTime(),
    tRight: scale.invert(width).getTime(),
    px,
    rows,
    width,
    slots: timeCells(tMin, tMax, duration(slot), px),
    bins: timeCells(tMin, tMax, duration(binWidth), px),
    regions: timeCells(tMin, tMax, duration(bucket), px),
  };
}

/** What a lane holds in view at one zoom. */
export interface LaneScan {
  lane: LaneMarks;
  /** Per slot, its `rows` best-ranked events in view (indices in the lane, best first, -1 when fewer). */
  best: Int32Array;
  /**
   * Per density bin, the events in view whose centre is in it (the end cells take those
   * beyond, and are counted only when on screen: bins are narrower than the margin, so they
   * never are).
   */
  perBin: Uint32Array;
  /** Per region, the events whose centre is on screen in it, and the sum of their centres' pixels. */
  perRegion: Uint32Array;
  sumRegion: Float64Array;
  /** The first `maxMarks` events in view (only when they are at most that many). */
  few: number[];
  inView: number;
}

/** Puts event `i` into a slot's short list (`rows` entries from `at`), kept in rank order. */
function propose(best: Int32Array, at: number, rows: number, i: number, ranks: Float64Array) {
  const rank = ranks[i]!;
  let j = at + rows - 1;
  const worst = best[j]!;
  if (worst >= 0 && rank >= ranks[worst]!) return;
  while (j > at && (best[j - 1]! < 0 || rank < ranks[best[j - 1]!]!)) {
    best[j] = best[j - 1]!;
    j--;
  }
  best[j] = i;
}

/**
 * Counts what a lane holds in view, cell by cell with its sorted tables: O(cells · log n)
 * however many events are in view. Only the end cells, which also hold what lies beyond
 * them (a period that began before the view), look at events one by one.
 */
export function countLane(lane: LaneMarks, frame: Frame, maxMarks: number): LaneScan {
  const { tMin, tMax, tLeft, tRight, px, rows, slots, bins, regions } = frame;
  const { starts, ends, centres, anchors, ranks, maxSpan } = lane;
  const tables = laneTables(lane);
  const from = lowerBound(starts, tMin - maxSpan);
  const to = lowerBound(starts, tMax);
  // Every event that starts before the view's end is in view unless it ended before it began.
  const inView = to - upperBound(tables.ends, tMin);
  const few: number[] = [];
  if (inView <= maxMarks) for (let i = from; i < to; i++) if (ends[i]! > tMin) few.push(i);

  const best = new Int32Array(slots.count * rows).fill(-1);
  const perBin = new Uint32Array(bins.count);
  const perRegion = new Uint32Array(regions.count);
  const sumRegion = new Float64Array(regions.count);
  const lastBin = bins.count - 1;
  const lastSlot = slots.count - 1;

  // The first cells also hold the periods that began before the view (a period offers its
  // label where the view begins): one by one, from the earliest start that reaches into it.
  // (An anchor or centre before the view falls into the first cell.)
  const slotEnd = slots.time(1);
  const binEnd = bins.time(1);
  const countFirstBin = bins.start(1) >= 0; // only a bin on screen is drawn
  const until = countFirstBin ? Math.max(slotEnd, binEnd) : slotEnd;
  for (let i = from; i < to && starts[i]! < until; i++) {
    if (ends[i]! <= tMin) continue;
    if (anchors[i]! < slotEnd) propose(best, 0, rows, i, ranks);
    if (countFirstBin && centres[i]! < binEnd) perBin[0]! += 1;
  }
  // The last cells also hold events that start before the view's end and have their centre or
  // anchor after it: an anchor is at most half a day after the start, a centre half a span.
  if (lastSlot > 0) {
    const edge = slots.time(lastSlot);
    for (let i = lowerBound(starts, edge - DAY_HALF); i < to; i++) {
      if (ends[i]! > tMin && anchors[i]! >= edge) propose(best, lastSlot * rows, rows, i, ranks);
    }
  }
  if (lastBin > 0 && bins.start(lastBin) <= frame.width) {
    const edge = bins.time(lastBin);
    for (let i = lowerBound(starts, edge - maxSpan - DAY_HALF); i < to; i++) {
      if (ends[i]! > tMin && centres[i]! >= edge) perBin[lastBin]! += 1;
    }
  }

  // The inner cells, each that has events found by one binary search: the centres between
  // a bin's lines, the best ranks among the anchors between a slot's.
  const sorted = tables.centres;
  let lo = lowerBound(sorted, bins.time(1));
  let end = lowerBound(sorted, bins.time(lastBin), lo);
  while (lo < end) {
    const b = bins.of(sorted[lo]!);
    const hi = lowerBound(sorted, bins.time(b + 1), lo, end);
    perBin[b] = hi - lo;
    lo = hi;
  }
  const picked = new Int32Array(rows);
  lo = lowerBound(tables.anchors, slots.time(1));
  end = lowerBound(tables.anchors, slots.time(lastSlot), lo);
  while (lo < end) {
    const s = slots.of(tables.anchors[lo]!);
    const hi = lowerBound(tables.anchors, slots.time(s + 1), lo, end);
    const found = tables.ranks.smallest(lo, hi, rows, picked);
    for (let j = 0; j < found; j++) best[s * rows + j] = tables.byAnchor[picked[j]!]!;
    lo = hi;
  }
  // "+N" regions: the centres on screen, counted and summed from the running sums.
  lo = lowerBound(sorted, tLeft);
  end = upperBound(sorted, tRight, lo);
  while (lo < end) {
    const r = regions.of(sorted[lo]!);
    const hi = lowerBound(sorted, regions.time(r + 1), lo, end);
    perRegion[r] = hi - lo;
    sumRegion[r] = (hi - lo) * px(tables.base + (tables.sums[hi]! - tables.sums[lo]!) / (hi - lo));
    lo = hi;
  }
  return { lane, best, perBin, perRegion, sumRegion, few, inView };
}
