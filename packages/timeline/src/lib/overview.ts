/**
 * The overview strip's picture of the whole period: for each category, a tick in every
 * column of pixels that holds an event (taller for landmarks), as one path per category and
 * height. A handful of elements at any number of events, computed when the events or the
 * width change, never per zoom.
 *
 * @module
 */
import type { Category } from '@chronik/events';
import type { LaneMarks } from './lane-index.js';
import type { TimeScale } from './scale.js';

/** One path of ticks: the events of a category, landmarks or not. */
export interface OverviewPath {
  key: string;
  category: Category;
  landmark: boolean;
  /** SVG path data in the pixels of the base scale. */
  d: string;
}

/**
 * The overview's paths: one per category and kind (landmarks reach higher), each a vertical
 * tick per `column` pixels that hold at least one of its events.
 *
 * @param options.top - where a landmark's tick starts; others start at `top + 5`
 * @param options.bottom - where every tick ends
 * @param options.column - width of a column of pixels @default 2
 */
export function getOverviewPaths(options: {
  lanes: readonly LaneMarks[];
  base: TimeScale;
  top: number;
  bottom: number;
  column?: number;
}): OverviewPath[] {
  const { lanes, base, top, bottom, column = 2 } = options;
  const columns = new Map<string, { category: Category; landmark: boolean; at: Set<number> }>();
  for (const lane of lanes) {
    for (const mark of lane.marks) {
      if (!mark.primary) continue;
      const landmark = mark.event.importance === 1;
      const key = `${mark.category.id}:${landmark ? 1 : 0}`;
      let entry = columns.get(key);
      if (!entry) {
        entry = { category: mark.category, landmark, at: new Set() };
        columns.set(key, entry);
      }
      entry.at.add(Math.floor(base(mark.start) / column));
    }
  }
  return [...columns]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, { category, landmark, at }]) => ({
      key,
      category,
      landmark,
      d: [...at]
        .sort((a, b) => a - b)
        .map((c) => `M${c * column + column / 2},${landmark ? top : top + 5}V${bottom}`)
        .join(''),
    }));
}
