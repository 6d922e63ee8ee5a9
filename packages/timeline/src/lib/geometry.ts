/**
 * Where things sit vertically: each lane has an optional name line, a band for the marks and
 * rows for labels; the axis runs below the last lane. Pure numbers in pixels, so the same
 * picture comes out on the server and in every browser.
 *
 * @module
 */
import type { Lane } from './marks.js';

/** Heights in pixels. */
export const LANE_METRICS = {
  /** The lane's name above its marks. */
  name: 18,
  /** The band the marks sit in. */
  marks: 18,
  /** One row of labels. */
  row: 19,
  /** Space below the last row. */
  gap: 8,
  /** The axis under the lanes. */
  axis: 30,
} as const;

/** The vertical layout of the plot. */
export interface PlotGeometry {
  /** Whether lanes carry their names (there is more than one, or it is a category's). */
  showNames: boolean;
  laneHeight: number;
  /** The whole plot, axis included. */
  height: number;
  /** Where the axis line runs. */
  axisY: number;
  /** The top of a lane. */
  laneTop(laneId: string): number;
  /** The middle of a lane's mark band, where symbols and bars sit. */
  baseline(laneId: string): number;
  /** The top of a label row in a lane. */
  rowTop(laneId: string, row: number): number;
  /** The lane at a height of the plot, if any. */
  laneAt(y: number): string | undefined;
}

/**
 * The plot's vertical layout for these lanes and label rows per lane.
 *
 * @example
 * getPlotGeometry({ lanes: [{ id: 'all' }], rows: 1 }).height // 4 + 18 + 19 + 8 + 30 = 79
 */
export function getPlotGeometry(options: { lanes: readonly Lane[]; rows: number }): PlotGeometry {
  const { lanes, rows } = options;
  const m = LANE_METRICS;
  const showNames = lanes.length > 1 || lanes[0]?.category !== undefined;
  const head = showNames ? m.name : 4;
  const laneHeight = head + m.marks + rows * m.row + m.gap;
  const index = new Map(lanes.map((lane, i) => [lane.id, i]));
  const laneTop = (laneId: string) => (index.get(laneId) ?? 0) * laneHeight;
  const baseline = (laneId: string) => laneTop(laneId) + head + m.marks / 2;
  const axisY = Math.max(lanes.length, 1) * laneHeight;
  return {
    showNames,
    laneHeight,
    height: axisY + m.axis,
    axisY,
    laneTop,
    baseline,
    rowTop: (laneId, row) => baseline(laneId) + m.marks / 2 + 2 + row * m.row,
    laneAt: (y) => (y >= 0 && y < axisY ? lanes[Math.floor(y / laneHeight)]?.id : undefined),
  };
}
