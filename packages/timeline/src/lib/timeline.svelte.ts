import type { Category, ChronikEvent } from '@chronik/events';
import { getExtent } from '@chronik/events';
import { getLanes, layoutMarks, prepareMarks, type LaneMode } from './layout.js';
import type { Language } from './locale.js';
import { createTimeScale, getBaseDomain, getTicks, type TimeWindow } from './time-scale.js';
import {
  getMaxScale,
  getVisibleWindow,
  panBy,
  panIntoView,
  transformForWindow,
  zoomAround,
  zoomIdentity,
  type ZoomTransform,
} from './zoom.js';

/**
 * What the state reads from the component's props. Pass an object of getters, so that each
 * derived value depends only on the inputs it reads (focus changes must not redo the layout
 * preparation, for example).
 */
export interface TimelineInputs {
  events: readonly ChronikEvent[];
  categories: readonly Category[];
  lang: Language;
  lanes: LaneMode;
  /** The extent the timeline can show; defaults to that of `events`. */
  extent?: TimeWindow;
  now?: Date;
  /** Label rows per lane. */
  rows: number;
  /** Longest label, in pixels; longer titles are cut with an ellipsis. */
  maxLabelWidth: number;
  /** Events whose marks must stay in the page even when out of view (focus, selection). */
  keep: ReadonlySet<string>;
}

/** Width assumed before the element is measured (server rendering, first paint). */
export const DEFAULT_WIDTH = 960;

/** Zoom factor of one button press or key stroke. */
export const ZOOM_STEP = 2;

/**
 * The timeline's state: the measured width and the zoom transform are the only state; the
 * scales, ticks, lanes and layout are derived from them and the inputs. Layout that does not
 * depend on zoom (`prepared`) is derived separately, so zooming does not redo it.
 */
export class TimelineState {
  /** Measured width of the drawing area, in pixels. */
  width = $state(0);
  /** The zoom transform; replaced, never mutated. */
  transform = $state.raw<ZoomTransform>(zoomIdentity);

  #inputs: TimelineInputs;

  constructor(inputs: TimelineInputs) {
    this.#inputs = inputs;
  }

  /** The inputs (an object of getters); the deriveds below read them lazily. */
  get inputs(): TimelineInputs {
    return this.#inputs;
  }

  /** Width used for layout: the measured one, or a default before measuring. */
  readonly layoutWidth = $derived(this.width > 0 ? this.width : DEFAULT_WIDTH);

  readonly domain: TimeWindow = $derived.by(() => {
    const { extent, events, now } = this.inputs;
    const period = extent ?? toWindow(getExtent(events)) ?? fallbackWindow(now);
    return getBaseDomain({ extent: period, ...(now ? { now } : {}) });
  });

  readonly maxScale = $derived(getMaxScale({ domain: this.domain }));
  readonly base = $derived(createTimeScale({ domain: this.domain, width: this.layoutWidth }));
  readonly scale = $derived(this.transform.rescaleX(this.base));
  readonly axis = $derived(getTicks({ scale: this.scale, lang: this.inputs.lang }));
  readonly visibleWindow = $derived(
    getVisibleWindow({ base: this.base, transform: this.transform }),
  );

  readonly lanes = $derived(
    getLanes({
      mode: this.inputs.lanes,
      categories: this.inputs.categories,
      events: this.inputs.events,
    }),
  );

  /** Zoom-independent mark data: recomputed only when events, lanes or language change. */
  readonly prepared = $derived(
    prepareMarks({
      events: this.inputs.events,
      categories: this.inputs.categories,
      lanes: this.lanes,
      lang: this.inputs.lang,
      metrics: { maxLabelWidth: this.inputs.maxLabelWidth },
    }),
  );

  /** Zoom-dependent layout: positions, label rows and hidden-label counts. */
  readonly layout = $derived(
    layoutMarks(this.prepared, {
      scale: this.scale,
      width: this.layoutWidth,
      rows: this.inputs.rows,
      include: this.inputs.keep,
    }),
  );

  /** Converts a pixel position to a percentage of the width, for resolution-free rendering. */
  percent = (x: number): string => `${((x / this.layoutWidth) * 100).toFixed(3)}%`;

  #limits() {
    return { width: this.layoutWidth, maxScale: this.maxScale };
  }

  /** Zooms by `factor` around pixel `x` (default: the centre). */
  zoomBy(factor: number, x = this.layoutWidth / 2): void {
    this.transform = zoomAround({ transform: this.transform, factor, x, ...this.#limits() });
  }

  /** Moves the view by `dx` pixels. */
  panBy(dx: number): void {
    this.transform = panBy({ transform: this.transform, dx, ...this.#limits() });
  }

  /** Shows the whole domain. */
  reset(): void {
    this.transform = zoomIdentity;
  }

  /** Shows a window of time across the width. */
  showWindow(window: TimeWindow): void {
    this.transform = transformForWindow({ base: this.base, window, ...this.#limits() });
  }

  /** The pixel position of an event's centre under the current zoom, if it is shown. */
  positionOf(id: string): number | undefined {
    const mark = this.prepared.find((m) => m.event.id === id);
    return mark ? this.scale((mark.start + mark.end) / 2) : undefined;
  }

  /** Pans the least needed to bring an event into view; does nothing for unknown ids. */
  reveal(id: string): void {
    const mark = this.prepared.find((m) => m.event.id === id);
    if (!mark) return;
    const x0 = this.scale(mark.start);
    const x1 = this.scale(mark.end);
    this.transform = panIntoView({ transform: this.transform, x0, x1, ...this.#limits() });
  }
}

function toWindow(period: { start: Date; end: Date } | undefined): TimeWindow | undefined {
  return period ? [period.start, period.end] : undefined;
}

function fallbackWindow(now: Date | undefined): TimeWindow {
  const end = now ?? new Date(Date.UTC(2025, 0, 1));
  return [new Date(end.getTime() - 365 * 86_400_000), end];
}
