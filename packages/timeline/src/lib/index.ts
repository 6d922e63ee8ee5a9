/**
 * `@chronik/timeline`: the interactive timeline of Chronik as a Svelte 5 component, and the
 * pure maths behind it (scales and ticks, zoom transforms, mark and label layout), which D3
 * computes and Svelte renders.
 *
 * @packageDocumentation
 */
export { default as Timeline, type TimelineProps } from './Timeline.svelte';
export { default as CategorySymbol } from './CategorySymbol.svelte';
export { default as CategoryList } from './CategoryList.svelte';
export { TimelineState, DEFAULT_WIDTH, ZOOM_STEP, type TimelineInputs } from './timeline.svelte.js';
export {
  TICK_LEVELS,
  chooseTickLevel,
  createTimeScale,
  getBaseDomain,
  getTicks,
  type Tick,
  type TickLevel,
  type TimeWindow,
} from './time-scale.js';
export {
  ZoomTransform,
  constrainTransform,
  getMaxScale,
  getVisibleWindow,
  panBy,
  panIntoView,
  transformForWindow,
  zoomAround,
  zoomIdentity,
} from './zoom.js';
export {
  getLanes,
  layoutMarks,
  prepareMarks,
  truncateLabel,
  type HiddenLabels,
  type Lane,
  type LaneMode,
  type LayoutOptions,
  type MarkLayout,
  type PositionedMark,
  type PreparedMark,
} from './layout.js';
export { getSymbolPath } from './shapes.js';
export { formatUtcDate, type DateParts, type Language } from './locale.js';
export { MESSAGES, type TimelineMessages } from './messages.js';
export { FocusReturn } from './focus-return.js';
