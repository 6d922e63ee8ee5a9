/**
 * The marks of each lane, indexed once per change of events, lanes or language: sorted by
 * start, their numbers in typed arrays, so that each zoom frame ({@link layoutMarks} in
 * `layout.ts`) finds what is in view by binary search.
 *
 * @module
 */
import type { Category } from '@chronik/events';
import type { PreparedMark } from './marks.js';

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
  /** Each event's index in `marks`. */
  indexOf: ReadonlyMap<string, number>;
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
    const n = marks.length;
    const starts = new Float64Array(n);
    const ends = new Float64Array(n);
    const centres = new Float64Array(n);
    const anchors = new Float64Array(n);
    const ranks = new Float64Array(n);
    const indexOf = new Map<string, number>();
    let maxSpan = 0;
    for (let i = 0; i < n; i++) {
      const mark = marks[i]!;
      starts[i] = mark.start;
      ends[i] = mark.end;
      centres[i] = mark.point ? mark.start + DAY_HALF : (mark.start + mark.end) / 2;
      anchors[i] = mark.point ? mark.start + DAY_HALF : mark.start;
      ranks[i] = mark.rank;
      indexOf.set(mark.event.id, i);
      maxSpan = Math.max(maxSpan, mark.end - mark.start);
    }
    return {
      laneId: lane.id,
      category: lane.category,
      marks,
      starts,
      ends,
      centres,
      anchors,
      ranks,
      maxSpan,
      indexOf,
    };
  });
}
