/**
 * `@chronik/timeline`: the interactive timeline of Chronik as a Svelte 5 component, and the
 * pure maths behind it (the time scale and its ticks, the zoom value and its limits, mark and
 * label layout, lane geometry), which plain TypeScript computes and Svelte renders. The colour
 * palette the site and the widget share is `@chronik/timeline/palette.css`.
 *
 * @packageDocumentation
 */
export { default as Timeline, type TimelineProps } from './Timeline.svelte';
export { default as CategorySymbol } from './CategorySymbol.svelte';
export { default as CategoryList } from './CategoryList.svelte';
export { TimelineState, getTimeline } from './timeline.svelte.js';
export { DEFAULT_WIDTH, ZOOM_STEP, type TimelineInputs } from './inputs.js';
export { createTimeScale, type TimeScale } from './scale.js';
export { ZoomTransform, zoomIdentity } from './transform.js';
export {
  TICK_LEVELS,
  chooseTickLevel,
  getBaseDomain,
  getTicks,
  getTimelineDomain,
  type Tick,
  type TickLevel,
  type TimeWindow,
} from './time-scale.js';
export {
  constrainTransform,
  getMaxScale,
  getVisibleWindow,
  panBy,
  panIntoView,
  transformForWindow,
  zoomAround,
} from './zoom.js';
export {
  getLanes,
  prepareMarks,
  truncateLabel,
  type LabelMetrics,
  type Lane,
  type LaneMode,
  type PreparedMark,
} from './marks.js';
export {
  layoutMarks,
  type DensityBin,
  type HiddenLabels,
  type LayoutOptions,
  type MarkLayout,
  type PositionedMark,
} from './layout.js';
export { TARGET_RADIUS, findBin, findMark } from './hit-test.js';
export { indexMarks, type LaneMarks } from './lane-index.js';
export { LANE_METRICS, getPlotGeometry, type PlotGeometry } from './geometry.js';
export { getOverviewPaths, type OverviewPath } from './overview.js';
export { toKeyCommand, type KeyCommand } from './keyboard.js';
export { createAccessibleNames } from './names.js';
export { getSymbolPath } from './shapes.js';
export { formatUtcDate, type DateParts, type Language } from './locale.js';
export { MESSAGES, type TimelineMessages } from './messages.js';
export { FocusReturn } from './focus-return.js';
