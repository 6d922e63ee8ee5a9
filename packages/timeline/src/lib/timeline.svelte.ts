import { createContext, tick, untrack } from 'svelte';
import { getPlotGeometry } from './geometry.js';
import { utcDay } from './intervals.js';
import { toKeyCommand } from './keyboard.js';
import { ZOOM_STEP, DEFAULT_WIDTH, type TimelineInputs } from './inputs.js';
import { MarkPreparation, type LaneMarks } from './lane-index.js';
import { findBin } from './hit-test.js';
import { layoutMarks, type MarkLayout } from './layout.js';
import { MarkTargets } from './mark-targets.svelte.js';
import { getLanes, type LaneMode, type PreparedMark } from './marks.js';
import { createAccessibleNames } from './names.js';
import { createTimeScale } from './scale.js';
import { getTicks, getTimelineDomain, type TimeWindow } from './time-scale.js';
import { GestureSettle } from './gesture-settle.svelte.js';
import { WindowSync } from './window-sync.js';
import { ZoomTransform, zoomIdentity } from './transform.js';
import {
  constrainTransform,
  getMaxScale,
  getVisibleWindow,
  panBy,
  panIntoView,
  transformForWindow,
  zoomAround,
} from './zoom.js';

const [getTimeline, setTimeline] = createContext<TimelineState>();

/** The layout before the plot's width is known: nothing placed yet. */
const UNMEASURED: MarkLayout = { marks: [], bins: [], hidden: [] };

/** A layout and the zoom it was made for. */
export interface PlacedLayout {
  layout: MarkLayout;
  transform: ZoomTransform;
}

/** The timeline's state, for the parts inside a `<Timeline>`. */
export { getTimeline };

/**
 * The timeline's state and behaviour. The measured width, the zoom and the focused event are
 * its only state; scales, ticks, lanes, layout, geometry and names are derived from them and
 * the inputs. The zoom is private: it changes only through the methods, which keep it within
 * its limits. It is kept as a fraction of the width, so a resize keeps the same period in view.
 */
export class TimelineState {
  /** Measured width of the drawing area, in pixels. */
  width = $state(0);
  /** The event whose mark has keyboard focus (or had it last). */
  focusedId = $state<string | undefined>();
  /** Whether to show the hint that Ctrl + wheel zooms. */
  wheelHint = $state(false);
  /** The timeline's element, to find its marks for focus (also inside a shadow root). */
  root = $state<HTMLElement | undefined>();

  #inputs: TimelineInputs;
  /** The zoom as a fraction of the width, mirrored here for the window guard below. */
  #current: ZoomTransform = zoomIdentity;
  #sync = new WindowSync();
  #hintTimer: ReturnType<typeof setTimeout> | undefined;
  #settle = new GestureSettle();
  #placed: PlacedLayout | undefined;

  constructor(inputs: TimelineInputs) {
    this.#inputs = inputs;
    $effect(() => () => {
      this.#sync.cancel();
      clearTimeout(this.#hintTimer);
      this.#settle.dispose();
    });
  }

  /** Creates the state and makes it available to the parts of this timeline. */
  static create(inputs: TimelineInputs): TimelineState {
    return setTimeline(new TimelineState(inputs));
  }

  /** Whether a wheel, drag or pinch gesture is under way (until it pauses for a moment). */
  get moving(): boolean {
    return this.#settle.moving;
  }

  get inputs(): TimelineInputs {
    return this.#inputs;
  }

  readonly compact = $derived(this.inputs.compact ?? (this.width > 0 && this.width < 640));
  readonly laneMode: LaneMode = $derived(this.compact ? 'single' : this.inputs.lanes);
  /** Label rows per lane. */
  readonly rows = $derived(this.compact ? 1 : this.laneMode === 'single' ? 5 : 2);
  /** Width used for layout: the measured one, or a default before measuring. */
  readonly layoutWidth = $derived(this.width > 0 ? this.width : DEFAULT_WIDTH);

  readonly domain: TimeWindow = $derived(
    getTimelineDomain({
      events: this.inputs.events,
      extent: this.inputs.extent,
      now: this.inputs.now,
    }),
  );
  readonly maxScale = $derived(getMaxScale({ domain: this.domain }));
  readonly base = $derived(createTimeScale({ domain: this.domain, width: this.layoutWidth }));

  /**
   * The zoom as a fraction of the width. It follows the `window` input: a window asked for
   * anew moves the view there; the same window again, or the one this timeline just reported
   * (its echo through a URL), changes nothing. Between those, the methods set it.
   */
  #unit = $derived.by(() => {
    const window = this.inputs.window;
    return untrack(() => this.#follow(window));
  });

  /** The zoom transform in pixels, within its limits. */
  readonly transform = $derived(
    constrainTransform({
      transform: new ZoomTransform(this.#unit.k, this.#unit.x * this.layoutWidth),
      width: this.layoutWidth,
      maxScale: this.maxScale,
    }),
  );
  readonly scale = $derived(this.transform.rescaleX(this.base));
  readonly axis = $derived(getTicks({ scale: this.scale, lang: this.inputs.lang }));
  readonly visibleWindow = $derived(
    getVisibleWindow({ base: this.base, transform: this.transform }),
  );

  readonly lanes = $derived(
    getLanes({
      mode: this.laneMode,
      categories: this.inputs.categories,
      events: this.inputs.events,
    }),
  );
  readonly geometry = $derived(getPlotGeometry({ lanes: this.lanes, rows: this.rows }));

  /** Prepared marks, kept for the selections of their events (see {@link laneMarks}). */
  #preparation = new MarkPreparation();

  /** The focused and the selected event keep their marks in the page even out of view. */
  readonly kept: ReadonlySet<string> = $derived(
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new set for each change, never mutated
    new Set([this.focusedId, this.inputs.selected].filter((id) => id !== undefined)),
  );

  /**
   * The zoom-independent marks of each lane, sorted, for the per-zoom layout: recomputed
   * only when events, lanes or language change. Events that are a selection of those
   * prepared before (a filter, a search) pick their marks from them, so that a change of
   * filter prepares and sorts nothing again.
   */
  readonly laneMarks: LaneMarks[] = $derived(
    this.#preparation.lanesOf({
      events: this.inputs.events,
      categories: this.inputs.categories,
      lanes: this.lanes,
      mode: this.laneMode,
      lang: this.inputs.lang,
      maxLabelWidth: this.compact ? 150 : 260,
    }),
  );

  /**
   * Zoom-dependent layout: marks or density bins, label rows and hidden-label counts. Empty
   * until the width is measured (on mount, in the same update): laying out every mark at a
   * guessed width first, and again at the real one, doubled the cost of the first render.
   */
  readonly layout = $derived(
    this.width > 0
      ? layoutMarks(this.laneMarks, {
          scale: this.scale,
          width: this.layoutWidth,
          rows: this.rows,
          include: this.kept,
        })
      : UNMEASURED,
  );

  /**
   * The layout the page's elements show. While a gesture is under way it stays the one made
   * before it, moved and stretched as a whole by {@link drift} (no element is added, removed
   * or laid out anew, which on a small machine costs more than a frame); the canvas draws
   * each frame's own layout. When the gesture pauses, the elements follow the current one.
   */
  readonly placed: PlacedLayout = $derived.by(() => {
    if (this.moving && this.#placed) return this.#placed;
    return (this.#placed = { layout: this.layout, transform: this.transform });
  });

  /**
   * How far the view has moved since {@link placed} was made: a position `x` there is at
   * `a·x + b` now (positions are linear in time, so this is exact).
   */
  readonly drift = $derived.by(() => {
    const then = this.placed.transform;
    const now = this.transform;
    const a = now.k / then.k;
    return { a, b: now.x - a * then.x };
  });

  /** An event's accessible name; made on first use, kept until the language or texts change. */
  readonly nameOf = $derived(
    createAccessibleNames({
      categories: this.inputs.categories,
      lang: this.inputs.lang,
      formatDate: this.inputs.formatDate,
      messages: this.inputs.messages,
    }),
  );

  /** The tab stop, the marks that are buttons, and the mark under a point (`mark-targets.svelte.ts`). */
  readonly targets: MarkTargets = new MarkTargets(this);

  /** Each event's first mark, for looking it up without a pass over every mark (made on first use). */
  readonly #marks = $derived.by(() => {
    // eslint-disable-next-line svelte/prefer-svelte-reactivity -- a new map for each change, never mutated
    const marks = new Map<string, PreparedMark>();
    for (const lane of this.laneMarks) {
      for (const mark of lane.marks) if (mark.primary) marks.set(mark.event.id, mark);
    }
    return marks;
  });

  /** Converts a pixel position to a percentage of the width, for resolution-free rendering. */
  percent = (x: number): string => `${((x / this.layoutWidth) * 100).toFixed(3)}%`;

  /**
   * Carries out one step of a wheel, drag or pinch gesture (a call of the methods below):
   * while steps follow each other, the page's elements keep their layout and only move
   * (see {@link placed}); they are laid out anew once the gesture pauses.
   */
  gesture(step: () => void): void {
    this.#settle.step(step);
  }

  /** Zooms by `factor` around pixel `x` (default: the centre). */
  zoomBy(factor: number, x?: number): void {
    const anchor = x ?? this.layoutWidth / 2;
    this.#set(zoomAround({ transform: this.transform, factor, x: anchor, ...this.#limits() }));
  }

  /** Moves the view by `dx` pixels (positive: back in time). */
  panBy(dx: number): void {
    this.#set(panBy({ transform: this.transform, dx, ...this.#limits() }));
  }

  /** Centres the view on a position of the unzoomed scale (the overview strip's pixels). */
  centreOn(baseX: number): void {
    const { k } = this.transform;
    this.#set(new ZoomTransform(k, this.layoutWidth / 2 - baseX * k));
  }

  /**
   * Zooms into the density bin at a point of the plot, so that its events come apart;
   * returns whether there was one.
   */
  zoomIntoBin(x: number, y: number): boolean {
    const laneId = this.geometry.laneAt(y);
    const bin = laneId === undefined ? undefined : findBin(this.layout.bins, { laneId, x });
    if (bin) this.zoomBy(4, (bin.x0 + bin.x1) / 2);
    return bin !== undefined;
  }

  /** Shows the whole domain. */
  reset(): void {
    this.#set(zoomIdentity);
  }

  /** The pixel position of an event's centre under the current zoom, if it is shown. */
  positionOf(id: string | undefined): number | undefined {
    const mark = id === undefined ? undefined : this.#marks.get(id);
    return mark ? this.scale((mark.start + mark.end) / 2) : undefined;
  }

  /** Pans the least needed to bring an event into view; does nothing for unknown ids. */
  reveal(id: string): void {
    const mark = this.#marks.get(id);
    if (!mark) return;
    const x0 = this.scale(mark.start);
    const x1 = this.scale(mark.end);
    this.#set(panIntoView({ transform: this.transform, x0, x1, ...this.#limits() }));
  }

  /** The event `by` steps from the focused (or selected) one, among all shown, not only in view. */
  step(by: -1 | 1): string | undefined {
    const { events } = this.inputs;
    const current = this.focusedId ?? this.inputs.selected ?? this.targets.tabStop;
    const index = current !== undefined ? (this.targets.positionOf(current) ?? -1) : -1;
    return events[Math.min(Math.max(index + by, 0), events.length - 1)]?.id;
  }

  /** Selects the event `by` steps away (the toolbar's arrows). */
  selectStep(by: -1 | 1): void {
    const next = this.step(by);
    if (next !== undefined) this.inputs.onselect?.(next);
  }

  /** Moves keyboard focus to an event's mark, panning it into view first. */
  async focusEvent(id: string): Promise<void> {
    this.focusedId = id;
    this.reveal(id);
    await tick();
    // The timeline may render inside a shadow root (the embed widget), where `document`
    // cannot see its marks; its own root node can.
    const root = this.root?.getRootNode() as Document | ShadowRoot | undefined;
    root?.getElementById(`${this.inputs.id}-mark-${id}`)?.focus();
  }

  /** Carries out a key pressed on a mark; returns whether the key was the timeline's. */
  handleKey(event: { key: string; shiftKey: boolean }): boolean {
    const command = toKeyCommand(event, ZOOM_STEP);
    if (!command) return false;
    const { events } = this.inputs;
    switch (command.kind) {
      case 'step': {
        const next = this.step(command.by);
        if (next !== undefined) void this.focusEvent(next);
        break;
      }
      case 'edge': {
        const target = command.to === 'first' ? events[0] : events.at(-1);
        if (target) void this.focusEvent(target.id);
        break;
      }
      case 'pan':
        this.panBy(this.layoutWidth * command.by);
        break;
      case 'zoom':
        // Around the focused event, so it stays where the reader is looking.
        this.zoomBy(command.factor, this.positionOf(this.focusedId));
        break;
      case 'reset':
        this.reset();
        break;
    }
    return true;
  }

  /** Shows for a moment how to zoom with the wheel (a plain wheel scrolls the page). */
  showWheelHint(): void {
    this.wheelHint = true;
    clearTimeout(this.#hintTimer);
    this.#hintTimer = setTimeout(() => (this.wheelHint = false), 1500);
  }

  #limits() {
    return { width: this.layoutWidth, maxScale: this.maxScale };
  }

  /** What the zoom should be for a `window` input; see `#unit`. */
  #follow(window: TimeWindow | undefined): ZoomTransform {
    if (!this.#sync.isRequest(window)) return this.#current;
    const unitBase = createTimeScale({ domain: this.domain, width: 1 });
    this.#current = window
      ? transformForWindow({ base: unitBase, window, width: 1, maxScale: this.maxScale })
      : zoomIdentity;
    return this.#current;
  }

  /** Takes a transform in pixels from a method and reports the window once the reader stops. */
  #set(transform: ZoomTransform): void {
    const limited = constrainTransform({ transform, ...this.#limits() });
    const unit = new ZoomTransform(limited.k, limited.x / this.layoutWidth);
    if (unit.equals(this.#current)) return;
    // A gesture moves the elements as they are; any other change (keys, buttons, a window
    // asked for) lays them out at once, so that the element it may focus is there.
    this.#settle.viewChanged();
    this.#current = unit;
    this.#unit = unit;
    const report = this.inputs.onwindowchange;
    if (!report) return;
    // Whole days: what a URL keeps, so that its echo is recognised as this window.
    this.#sync.schedule(() => {
      const [start, end] = this.visibleWindow;
      return [utcDay.floor(start), utcDay.ceil(end)];
    }, report);
  }
}
