/**
 * The marks of each lane, indexed once per change of events, lanes or language: sorted by
 * start, their numbers in typed arrays, so that each zoom frame ({@link layoutMarks} in
 * `layout.ts`) finds what is in view by binary search.
 *
 * @module
 */
import type { Category, ListedEvent } from '@chronik/events';
import type { Language } from './locale.js';
import { prepareMarks, type Lane, type LaneMode, type PreparedMark } from './marks.js';
import { createRangeMin, type RangeMin } from './range-min.js';

/** The marks of one lane, sorted by start, with their numbers in typed arrays. */
export interface LaneMarks {
  laneId: string;
  /** The lane's category (absent for the single lane), for the colour of density bins. */
  category?: Category | undefined;
  marks: readonly PreparedMark[];
  starts: Float64Array;
  ends: Float64Array;
  /** Where each mark's symbol sits in time: a day's middle, a bar's middle. */
  centres: Float64Array;
  /** Where each mark's label is anchored in time: a day's middle, a bar's start. */
  anchors: Float64Array;
  /** Each mark's rank (landmarks first, then earlier events), for the label slots. */
  ranks: Float64Array;
  /** The longest period in the lane, to find the marks that start before the view. */
  maxSpan: number;
}

/** Half a day in milliseconds: a day-precision event sits in its day's middle. */
export const DAY_HALF = 43_200_000;

/**
 * Groups marks by lane (in the order of `lanes`) and sorts each lane by start, then by rank.
 * Run when the events, lanes or language change, not per zoom.
 */
export function indexMarks(
  prepared: readonly PreparedMark[],
  lanes: readonly { id: string; category?: Category | undefined }[],
): LaneMarks[] {
  const byLane = new Map<string, PreparedMark[]>(lanes.map((lane) => [lane.id, []]));
  for (const mark of prepared) byLane.get(mark.laneId)?.push(mark);
  return lanes.map((lane) => {
    const marks = byLane.get(lane.id)!;
    // Marks come in the events' chronological order, so usually sorted already.
    let sorted = true;
    for (let i = 1; i < marks.length && sorted; i++) {
      sorted = marks[i - 1]!.start <= marks[i]!.start;
    }
    if (!sorted) marks.sort((a, b) => a.start - b.start || a.rank - b.rank);
    return toLaneMarks(lane.id, lane.category, marks);
  });
}

/** Each lane's events by id, made when first asked (most layouts keep no event in view). */
const positions = new WeakMap<LaneMarks, Map<string, number>>();

/** The index of an event's mark in a lane's `marks`, if it has one there. */
export function indexInLane(lane: LaneMarks, id: string): number | undefined {
  let byId = positions.get(lane);
  if (!byId) {
    byId = new Map(lane.marks.map((mark, i) => [mark.event.id, i]));
    positions.set(lane, byId);
  }
  return byId.get(id);
}

/**
 * The lanes of `events` picked from those of a longer list they were selected from (in the
 * same order, the same objects: what a filter gives), without preparing or sorting anything
 * again: a change of filter then costs one pass over numbers instead of a new mark per event.
 * `undefined` when `events` is not such a selection of `from` (new data): prepare them anew.
 *
 * @param index - the lanes of every event in `from` ({@link indexMarks})
 * @param lanes - the lanes to return, in order; each must be one of `index`'s
 */
export function pickLaneMarks(
  index: readonly LaneMarks[],
  from: readonly object[],
  events: readonly object[],
  lanes: readonly { id: string }[],
): LaneMarks[] | undefined {
  // Which of `from` are shown: one walk along both lists, comparing objects, no lookups.
  const shown = new Uint8Array(from.length);
  let next = 0;
  for (let i = 0; i < from.length && next < events.length; i++) {
    if (from[i] === events[next]) {
      shown[i] = 1;
      next++;
    }
  }
  if (next < events.length) return undefined;
  const byId = new Map(index.map((lane) => [lane.laneId, lane]));
  const picked: LaneMarks[] = [];
  for (const { id } of lanes) {
    const lane = byId.get(id);
    if (!lane) return undefined;
    picked.push(pickLane(lane, shown));
  }
  return picked;
}

/** The marks of a lane whose events are `shown` (by their `order`), keeping the lane's sort. */
function pickLane(lane: LaneMarks, shown: Uint8Array): LaneMarks {
  const marks = lane.marks.filter((mark) => shown[mark.order] === 1);
  return marks.length === lane.marks.length ? lane : toLaneMarks(lane.laneId, lane.category, marks);
}

/** A lane of sorted marks, with their numbers in typed arrays. */
function toLaneMarks(
  laneId: string,
  category: Category | undefined,
  marks: readonly PreparedMark[],
): LaneMarks {
  const n = marks.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  const centres = new Float64Array(n);
  const anchors = new Float64Array(n);
  const ranks = new Float64Array(n);
  let maxSpan = 0;
  for (let i = 0; i < n; i++) {
    const mark = marks[i]!;
    starts[i] = mark.start;
    ends[i] = mark.end;
    centres[i] = mark.point ? mark.start + DAY_HALF : (mark.start + mark.end) / 2;
    anchors[i] = mark.point ? mark.start + DAY_HALF : mark.start;
    ranks[i] = mark.rank;
    maxSpan = Math.max(maxSpan, mark.end - mark.start);
  }
  return { laneId, category, marks, starts, ends, centres, anchors, ranks, maxSpan };
}

/**
 * Prepares and indexes the marks of the events shown, remembering the last list it prepared
 * anew: a list that is a selection of it (a filter, a search) picks its marks from it
 * ({@link pickLaneMarks}) instead of preparing and sorting them again. A new language,
 * label width, lane mode or category registry prepares anew.
 */
export class MarkPreparation {
  #last:
    | {
        key: string;
        categories: readonly Category[];
        events: readonly ListedEvent[];
        lanes: LaneMarks[];
      }
    | undefined;

  /** The marks of `events` (in chronological order) in each of `lanes`, in their order. */
  lanesOf(options: {
    events: readonly ListedEvent[];
    categories: readonly Category[];
    lanes: readonly Lane[];
    mode: LaneMode;
    lang: Language;
    maxLabelWidth: number;
  }): LaneMarks[] {
    const { events, categories, lanes, lang, maxLabelWidth } = options;
    const key = `${lang} ${maxLabelWidth} ${options.mode}`;
    const last = this.#last;
    if (last?.key === key && last.categories === categories) {
      const picked = pickLaneMarks(last.lanes, last.events, events, lanes);
      if (picked) return picked;
    }
    const prepared = prepareMarks({ events, categories, lanes, lang, metrics: { maxLabelWidth } });
    const indexed = indexMarks(prepared, lanes);
    this.#last = { key, categories, events, lanes: indexed };
    return indexed;
  }
}

/**
 * A lane's events sorted by other times than their start, to count and rank them per cell of
 * the view by binary search instead of one by one ({@link laneTables}).
 */
export interface LaneTables {
  /** The ends, sorted: how many events end before the view. */
  ends: Float64Array;
  /** The centres, sorted, and their running sums (`sums[i]`: the first `i`, less `i · base`). */
  centres: Float64Array;
  sums: Float64Array;
  base: number;
  /** The label anchors, sorted, and for each the event's index in the lane. */
  anchors: Float64Array;
  byAnchor: Int32Array;
  /** The best ranks among the events of any stretch of `anchors`. */
  ranks: RangeMin;
}

const tables = new WeakMap<LaneMarks, LaneTables>();

/**
 * The {@link LaneTables} of a lane, made when first asked (O(n log n), once per lane: a filter
 * makes new lanes) and kept while the lane lives.
 */
export function laneTables(lane: LaneMarks): LaneTables {
  let made = tables.get(lane);
  if (made) return made;
  const n = lane.marks.length;
  const ends = Float64Array.from(lane.ends).sort();
  const centres = Float64Array.from(lane.centres).sort();
  const base = n > 0 ? centres[0]! : 0;
  const sums = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) sums[i + 1] = sums[i]! + (centres[i]! - base);
  // Anchors are the starts of periods and the middles of days: both in start order each, so
  // one merge of the two sorts them all.
  const byAnchor = new Int32Array(n);
  const points: number[] = [];
  const periods: number[] = [];
  for (let i = 0; i < n; i++) (lane.marks[i]!.point ? points : periods).push(i);
  const { anchors: times } = lane;
  for (let i = 0, p = 0, q = 0; i < n; i++) {
    const takePoint =
      q >= periods.length || (p < points.length && times[points[p]!]! <= times[periods[q]!]!);
    byAnchor[i] = takePoint ? points[p++]! : periods[q++]!;
  }
  const anchors = new Float64Array(n);
  const ranks = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    anchors[i] = times[byAnchor[i]!]!;
    ranks[i] = lane.ranks[byAnchor[i]!]!;
  }
  made = { ends, centres, sums, base, anchors, byAnchor, ranks: createRangeMin(ranks) };
  tables.set(lane, made);
  return made;
}
