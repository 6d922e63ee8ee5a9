/**
 * Where the marks and labels go at one zoom. The marks of each lane are indexed once per
 * change of events, lanes or language (`indexMarks` in `lane-index.ts`: sorted by start, in typed arrays);
 * each zoom frame then looks only at what is in view ({@link layoutMarks}):
 *
 * - few events in view: every one is drawn as its own mark;
 * - too many to draw one by one: they are counted into narrow density bins, so the reader
 *   sees where events are dense, and zooming in reveals them one by one;
 * - labels: the best-ranked event of each slot of the width (landmarks first, then earlier
 *   events) is a candidate, placed in the lane's label rows; those that do not fit are
 *   counted per region ("+3"). Events kept in the page (focused, selected) come first.
 *
 * A frame costs one pass over the events in view, whatever the zoom, and allocates only for
 * what is drawn.
 *
 * @module
 */
import type { Category } from '@chronik/events';
import { DAY_HALF, indexInLane, type LaneMarks } from './lane-index.js';
import type { PreparedMark } from './marks.js';
import type { TimeScale } from './scale.js';
import { cells, lowerBound } from './cells.js';

/** A mark drawn on its own at the current zoom. */
export interface PositionedMark extends PreparedMark {
  /** Pixel extent of the period (equal for a point); `x1 - x0` is at least 2 for bars. */
  x0: number;
  x1: number;
  /** Where the symbol sits: the day's centre, or the middle of the bar. */
  cx: number;
  /** Label row in the lane (0 = first), or `undefined` when it has no label. */
  row?: number;
  /** Where the label starts: under the symbol, or where the bar enters the view. */
  labelX: number;
}

/** Events too dense to draw one by one: how many have their middle in a stretch of a lane. */
export interface DensityBin {
  key: string;
  laneId: string;
  category?: Category | undefined;
  x0: number;
  x1: number;
  count: number;
}

/** Labels that did not fit in one region of a lane, shown as "+count". */
export interface HiddenLabels {
  key: string;
  laneId: string;
  x: number;
  count: number;
}

/** The result of laying out one zoom level. */
export interface MarkLayout {
  /** Marks drawn on their own (and every labelled or kept one), per lane in time order. */
  marks: PositionedMark[];
  /** Density bins where a lane has too many events in view to draw one by one. */
  bins: DensityBin[];
  hidden: HiddenLabels[];
}

/** Sizes for {@link layoutMarks}. */
export interface LayoutOptions {
  /** The zoomed scale. */
  scale: TimeScale;
  width: number;
  /** How many label rows a lane has. */
  rows: number;
  /** Gap between labels in one row, in pixels. @default 12 */
  gap?: number;
  /**
   * Width of a "+N" region: labels hidden within it are counted together. Like bins and
   * slots, regions are rounded to a power of two of milliseconds (0.71 to 1.41 times this).
   * @default 96
   */
  bucket?: number;
  /**
   * Events to position even far outside the view, e.g. the focused and the selected one, so
   * that their elements stay in the page and keyboard focus is never lost by panning. Their
   * labels are placed first.
   */
  include?: ReadonlySet<string>;
  /**
   * Most marks drawn one by one, over all lanes: the lanes with the fewest events in view
   * draw theirs while they fit, the others draw density bins. This bounds the page's
   * elements at any number of events.
   * @default one per five pixels of width (at least 24)
   */
  maxMarks?: number;
  /** Width of a density bin, in pixels (rounded as `bucket` is). @default 4 */
  binWidth?: number;
  /** Width of a label slot: each proposes its best-ranked events, one per row (rounded as `bucket` is). @default 48 */
  slot?: number;
}

/** Marks this far outside the view are still laid out, so they slide in when panning. */
const MARGIN = 240;

function position(mark: PreparedMark, scale: TimeScale, width: number): PositionedMark {
  let x0 = scale(mark.start);
  let x1 = scale(mark.end);
  if (mark.point) {
    x0 = x1 = scale(mark.start + DAY_HALF);
  } else if (x1 - x0 < 2) {
    const middle = (x0 + x1) / 2;
    x0 = middle - 1;
    x1 = middle + 1;
  }
  const cx = mark.point ? x0 : (x0 + x1) / 2;
  // Labels hang in rows below the marks, starting under the symbol (or where a bar enters
  // the view), so each label is joined to its mark by a short vertical leader.
  const start = mark.point ? cx - 4 : Math.max(x0, 0);
  // Near the right edge a label moves left rather than being cut off, but never so far
  // that it no longer lies under its own mark.
  const labelX = Math.max(
    Math.min(start, width - mark.labelWidth),
    Math.min(start, cx - mark.labelWidth + 8),
  );
  return { ...mark, x0, x1, cx, labelX };
}

/** What one pass over a lane's events in view found. */
type LaneScan = ReturnType<typeof scanLane>;

/** One pass over a lane's events in view: counts, label candidates, density. */
function scanLane(lane: LaneMarks, options: LayoutOptions, maxMarks: number) {
  const { scale, width, rows, bucket = 96, binWidth = 4, slot = 48 } = options;
  const tMin = scale.invert(-MARGIN).getTime();
  const tMax = scale.invert(width + MARGIN).getTime();
  // Pixels by a straight line, for counting only: positions that are drawn use `scale`.
  const d0 = scale.domain[0].getTime();
  const r0 = scale.range[0];
  const k = (scale.range[1] - r0) / (scale.domain[1].getTime() - d0 || 1);
  const px = (t: number) => r0 + (t - d0) * k;
  // The cells' lines go through the pixel of the Unix epoch, which moves with the events.
  const origin = px(0);
  // Cells last a whole power of two of milliseconds, the one nearest the size asked for (so
  // between 0.71 and 1.41 times it on screen). Within one such octave of zoom the same events
  // fall into the same cells; zooming in by one octave halves each cell. A cell's best-ranked
  // events are among the best of its two halves, so zooming in only adds labels and zooming
  // out only takes some away, instead of a new set at every step of the wheel.
  const quantise = (pixels: number) =>
    k > 0 && Number.isFinite(k) ? 2 ** Math.round(Math.log2(pixels / k)) * k : pixels;

  // Each slot keeps its `rows` best-ranked events (as many as could be labelled there).
  const slots = cells(width, quantise(slot), origin, MARGIN);
  const best = new Int32Array(slots.count * rows).fill(-1);
  const { starts, ends, centres, anchors, ranks } = lane;
  const bins = cells(width, quantise(binWidth), origin, MARGIN);
  const perBin = new Uint32Array(bins.count);
  const regions = cells(width, quantise(bucket), origin, MARGIN);
  const perRegion = new Uint32Array(regions.count);
  const sumRegion = new Float64Array(regions.count);
  const few: number[] = [];
  let inView = 0;

  // One pass over the events in view.
  const from = lowerBound(starts, tMin - lane.maxSpan);
  const to = lowerBound(starts, tMax);
  for (let i = from; i < to; i++) {
    if (ends[i]! <= tMin) continue;
    inView++;
    if (inView <= maxMarks) few.push(i);
    const centre = px(centres[i]!);
    const first = slots.of(px(Math.max(anchors[i]!, tMin))) * rows;
    // Insert into the slot's short list, kept in rank order.
    const rank = ranks[i]!;
    let j = first + rows - 1;
    const worst = best[j]!;
    if (worst < 0 || rank < ranks[worst]!) {
      while (j > first && (best[j - 1]! < 0 || rank < ranks[best[j - 1]!]!)) {
        best[j] = best[j - 1]!;
        j--;
      }
      best[j] = i;
    }
    perBin[bins.of(centre)]! += 1;
    if (centre >= 0 && centre <= width) {
      const r = regions.of(centre);
      perRegion[r]! += 1;
      sumRegion[r]! += centre;
    }
  }
  return { lane, tMin, px, slots, best, bins, perBin, regions, perRegion, sumRegion, few, inView };
}

/** Places a lane's marks or bins, labels and "+N" from its scan; see {@link layoutMarks}. */
function finishLane(scan: LaneScan, dense: boolean, options: LayoutOptions, out: MarkLayout) {
  const { scale, width, rows, gap = 12, include } = options;
  const { lane, px, best, bins, perBin, regions, perRegion, sumRegion, few } = scan;

  // Marks on their own: all of them when few, else those with a label and those kept.
  const positioned = new Map<number, PositionedMark>();
  const place = (i: number) => {
    let mark = positioned.get(i);
    if (!mark) {
      mark = position(lane.marks[i]!, scale, width);
      positioned.set(i, mark);
    }
    return mark;
  };
  if (!dense) for (const i of few) place(i);
  const kept: PositionedMark[] = [];
  for (const id of include ?? []) {
    const i = indexInLane(lane, id);
    if (i !== undefined) kept.push(place(i));
  }
  if (dense) {
    for (let b = 0; b < bins.count; b++) {
      const x0 = bins.start(b);
      if (perBin[b] === 0 || x0 + bins.size < 0 || x0 > width) continue;
      out.bins.push({
        key: `${lane.laneId}:${b + bins.first}`,
        laneId: lane.laneId,
        category: lane.category,
        x0,
        x1: x0 + bins.size,
        count: perBin[b]!,
      });
    }
  }

  // Labels: the kept events first, then each slot's best by rank.
  const candidates = new Set(kept);
  const ranked: PositionedMark[] = [];
  for (const i of best) if (i >= 0) ranked.push(place(i));
  ranked.sort((a, b) => a.rank - b.rank);
  for (const mark of ranked) candidates.add(mark);
  const occupied: [number, number][][] = Array.from({ length: rows }, () => []);
  for (const mark of candidates) {
    const start = mark.labelX;
    const end = start + mark.labelWidth + gap;
    if (end < 0 || start > width) continue; // off screen: neither shown nor counted
    for (let row = 0; row < rows; row++) {
      const spans = occupied[row]!;
      if (spans.every(([a, b]) => end <= a || start >= b)) {
        spans.push([start, end]);
        mark.row = row;
        // Counted out of "+N" exactly as it was counted in.
        const centre = px(mark.point ? mark.start + DAY_HALF : (mark.start + mark.end) / 2);
        if (centre >= 0 && centre <= width) {
          const r = regions.of(centre);
          perRegion[r]! -= 1;
          sumRegion[r]! -= centre;
        }
        break;
      }
    }
  }

  // "+N": per region, the events in view whose label is not shown, at their mean x.
  for (let r = 0; r < regions.count; r++) {
    const count = perRegion[r]!;
    if (count === 0) continue;
    out.hidden.push({
      key: `${lane.laneId}:${r + regions.first}`,
      laneId: lane.laneId,
      x: sumRegion[r]! / count,
      count,
    });
  }

  // In a dense lane the bins stand for the events; only labelled and kept ones show alone.
  const keptSet = new Set(kept);
  for (const i of [...positioned.keys()].sort((a, b) => a - b)) {
    const mark = positioned.get(i)!;
    if (!dense || mark.row !== undefined || keptSet.has(mark)) out.marks.push(mark);
  }
}

/**
 * Lays out one zoom level: marks or density bins per lane, labels in rows (kept events
 * first, then by rank), and "+N" counts of labels that did not fit.
 */
export function layoutMarks(lanes: readonly LaneMarks[], options: LayoutOptions): MarkLayout {
  const maxMarks = options.maxMarks ?? Math.max(24, Math.floor(options.width / 5));
  const scans = lanes.map((lane) => scanLane(lane, options, maxMarks));
  // The budget of marks drawn one by one goes to the lanes with the fewest events in view.
  let budget = maxMarks;
  const individual = new Set<LaneScan>();
  for (const scan of [...scans].sort((a, b) => a.inView - b.inView)) {
    if (scan.inView > budget) break;
    budget -= scan.inView;
    individual.add(scan);
  }
  const layout: MarkLayout = { marks: [], bins: [], hidden: [] };
  for (const scan of scans) finishLane(scan, !individual.has(scan), options, layout);
  return layout;
}
