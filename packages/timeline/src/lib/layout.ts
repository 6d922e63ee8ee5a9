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
 * What a lane holds in view is counted per cell (`lane-scan.ts`): event by event when few
 * are in view, else cell by cell by binary search, so a frame of 100,000 events in view costs
 * a few thousand steps per lane. Only what is drawn is allocated per mark.
 *
 * @module
 */
import type { Category } from '@chronik/events';
import { DAY_HALF, indexInLane, type LaneMarks } from './lane-index.js';
import { countLane, frameOf, type Frame, type LaneScan } from './lane-scan.js';
import type { PreparedMark } from './marks.js';
import type { TimeScale } from './scale.js';

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

/** Where a mark is at one zoom: the numbers {@link PositionedMark} adds. */
type Geometry = Pick<PositionedMark, 'x0' | 'x1' | 'cx' | 'labelX'>;

/** Measures `mark` into `out` (a label candidate is measured without making a mark). */
function measure(mark: PreparedMark, scale: TimeScale, width: number, out: Geometry): Geometry {
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
  out.labelX = Math.max(
    Math.min(start, width - mark.labelWidth),
    Math.min(start, cx - mark.labelWidth + 8),
  );
  out.x0 = x0;
  out.x1 = x1;
  out.cx = cx;
  return out;
}

function position(mark: PreparedMark, scale: TimeScale, width: number): PositionedMark {
  return measure(mark, scale, width, { ...mark, x0: 0, x1: 0, cx: 0, labelX: 0 }) as PositionedMark;
}

/** Places a lane's marks or bins, labels and "+N" from its scan; see {@link layoutMarks}. */
function finishLane(
  scan: LaneScan,
  frame: Frame,
  dense: boolean,
  options: LayoutOptions,
  out: MarkLayout,
) {
  const { scale, width, rows, gap = 12, include } = options;
  const { px, bins, regions, tLeft, tRight } = frame;
  const { lane, best, perBin, perRegion, sumRegion, few } = scan;

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
  const kept: number[] = [];
  for (const id of include ?? []) {
    const i = indexInLane(lane, id);
    if (i !== undefined) {
      kept.push(i);
      place(i);
    }
  }
  if (dense) {
    for (let b = 0; b < bins.count; b++) {
      const x0 = bins.start(b);
      const x1 = bins.start(b + 1);
      if (perBin[b] === 0 || x1 < 0 || x0 > width) continue;
      out.bins.push({
        key: `${lane.laneId}:${b + bins.first}`,
        laneId: lane.laneId,
        category: lane.category,
        x0,
        x1,
        count: perBin[b]!,
      });
    }
  }

  // Labels: the kept events first, then each slot's best by rank. A candidate is measured
  // first and becomes a mark only when its label is placed.
  const ranked: number[] = [];
  for (const i of best) if (i >= 0) ranked.push(i);
  ranked.sort((a, b) => lane.ranks[a]! - lane.ranks[b]!);
  const candidates = new Set([...kept, ...ranked]);
  const occupied: [number, number][][] = Array.from({ length: rows }, () => []);
  const scratch: Geometry = { x0: 0, x1: 0, cx: 0, labelX: 0 };
  for (const i of candidates) {
    const mark = lane.marks[i]!;
    const start = (positioned.get(i) ?? measure(mark, scale, width, scratch)).labelX;
    const end = start + mark.labelWidth + gap;
    if (end < 0 || start > width) continue; // off screen: neither shown nor counted
    for (let row = 0; row < rows; row++) {
      const spans = occupied[row]!;
      if (spans.every(([a, b]) => end <= a || start >= b)) {
        spans.push([start, end]);
        place(i).row = row;
        // Counted out of "+N" exactly as it was counted in.
        const centre = lane.centres[i]!;
        if (centre >= tLeft && centre <= tRight) {
          const r = regions.of(centre);
          perRegion[r]! -= 1;
          sumRegion[r]! -= px(centre);
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
    if (!dense || mark.row !== undefined || keptSet.has(i)) out.marks.push(mark);
  }
}

/**
 * Lays out one zoom level: marks or density bins per lane, labels in rows (kept events
 * first, then by rank), and "+N" counts of labels that did not fit.
 */
export function layoutMarks(lanes: readonly LaneMarks[], options: LayoutOptions): MarkLayout {
  const maxMarks = options.maxMarks ?? Math.max(24, Math.floor(options.width / 5));
  const frame = frameOf(options);
  const scans = lanes.map((lane) => countLane(lane, frame, maxMarks));
  // The budget of marks drawn one by one goes to the lanes with the fewest events in view.
  let budget = maxMarks;
  const individual = new Set<LaneScan>();
  for (const scan of [...scans].sort((a, b) => a.inView - b.inView)) {
    if (scan.inView > budget) break;
    budget -= scan.inView;
    individual.add(scan);
  }
  const layout: MarkLayout = { marks: [], bins: [], hidden: [] };
  for (const scan of scans) finishLane(scan, frame, !individual.has(scan), options, layout);
  return layout;
}
