/**
 * The marks as far as they do not depend on the zoom, computed when the events, lanes or
 * language change: lanes, periods, label texts and their widths, and the order in which
 * labels are placed. Pure and deterministic: text widths are estimated from character counts
 * rather than measured, so the same input gives the same picture on the server and in every
 * browser. `layout.ts` places them for each zoom.
 *
 * @module
 */
import { getEventTimes, type Category, type ListedEvent } from '@chronik/events';
import type { Language } from './locale.js';

/** One lane per category, or a single lane for everything. */
export type LaneMode = 'single' | 'category';

/** A horizontal band of the timeline. */
export interface Lane {
  id: string;
  /** The category the lane shows; absent for the single lane. */
  category?: Category;
}

/** A mark as far as it does not depend on the zoom. */
export interface PreparedMark {
  /** Unique per lane and event: an event with two categories has a mark in each lane. */
  key: string;
  event: ListedEvent;
  laneId: string;
  /** The category whose colour and shape the mark uses. */
  category: Category;
  /** Whether this is the event's first mark (the one that takes keyboard focus). */
  primary: boolean;
  /** Period in epoch milliseconds, `[start, end)`. */
  start: number;
  end: number;
  /** A single day without an end: drawn as a point, not a bar. */
  point: boolean;
  approximate: boolean;
  /** The label: the title, shortened to fit `maxLabelWidth`. */
  label: string;
  /** Estimated label width in pixels. */
  labelWidth: number;
  /** Placement priority: landmarks (importance 1) first, then earlier events. */
  rank: number;
  /** The position of its event in the list the marks were prepared from. */
  order: number;
}

/** Text metrics for estimating label widths without measuring. */
export interface LabelMetrics {
  /** Average advance of one character, in pixels. @default 7 */
  charWidth?: number;
  /** Labels longer than this are cut with an ellipsis. @default 260 */
  maxLabelWidth?: number;
}

/** The lanes for a mode: one per category that has events (in registry order), or one. */
export function getLanes(options: {
  mode: LaneMode;
  categories: readonly Category[];
  events: readonly ListedEvent[];
}): Lane[] {
  if (options.mode === 'single') return [{ id: 'all' }];
  const registered = new Set(options.categories.map((c) => c.id));
  const used = new Set<string>();
  for (const event of options.events) {
    for (const id of event.categories) if (registered.has(id)) used.add(id);
    // A selection of thousands has every category long before its end.
    if (used.size === registered.size) break;
  }
  return options.categories
    .filter((c) => used.has(c.id))
    .map((category) => ({ id: category.id, category }));
}

/** Cuts a text to at most `maxChars` characters, ending in "…" when cut. */
export function truncateLabel(text: string, maxChars: number): string {
  if (text.length <= maxChars) return text;
  const cut = text.slice(0, Math.max(1, maxChars - 1));
  const space = cut.lastIndexOf(' ');
  return `${(space > maxChars * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** An event's period in epoch milliseconds and how it is drawn. */
interface Span {
  start: number;
  end: number;
  point: boolean;
  approximate: boolean;
}

/**
 * Each event's span, kept as long as the event object lives: filtering hands the same
 * objects back, so a change of filter does not parse every date again.
 */
const spans = new WeakMap<ListedEvent, Span>();

function spanOf(event: ListedEvent): Span {
  let span = spans.get(event);
  if (!span) {
    const { start, end } = getEventTimes(event.date);
    span = {
      start,
      end,
      point: event.date.precision === 'day' && event.date.end === undefined,
      approximate: event.date.approximate === true,
    };
    spans.set(event, span);
  }
  return span;
}

/** Each event's label as last cut, kept while the event object lives (see {@link spanOf}). */
const labels = new WeakMap<ListedEvent, { title: string; maxChars: number; label: string }>();

function labelOf(event: ListedEvent, lang: Language, maxChars: number): string {
  const title = event.title[lang];
  const known = labels.get(event);
  if (known?.title === title && known.maxChars === maxChars) return known.label;
  const label = truncateLabel(title, maxChars);
  labels.set(event, { title, maxChars, label });
  return label;
}

/**
 * Everything about the marks that does not change with zoom. Events must be in chronological
 * order (as `sortEvents` returns them).
 */
export function prepareMarks(options: {
  events: readonly ListedEvent[];
  categories: readonly Category[];
  lanes: readonly Lane[];
  lang: Language;
  metrics?: LabelMetrics;
}): PreparedMark[] {
  const { events, categories, lanes, lang } = options;
  const charWidth = options.metrics?.charWidth ?? 7;
  const maxChars = Math.floor((options.metrics?.maxLabelWidth ?? 260) / charWidth);
  const byId = new Map(categories.map((c) => [c.id, c]));
  const single = lanes.length === 1 && lanes[0]!.category === undefined;
  const laneIds = new Set(lanes.map((lane) => lane.id));
  const marks: PreparedMark[] = [];

  // One plain loop, objects of one shape: this runs over every event when the data changes.
  const count = events.length;
  for (let order = 0; order < count; order++) {
    const event = events[order]!;
    const { start, end, point, approximate } = spanOf(event);
    const label = labelOf(event, lang, maxChars);
    const labelWidth = Math.ceil(label.length * charWidth);
    const rank = (event.importance - 1) * count + order;
    let primary = true;
    for (const id of event.categories) {
      const category = byId.get(id);
      if (!category) continue; // validated data always has known categories
      if (!single && !laneIds.has(category.id)) continue;
      const laneId = single ? 'all' : category.id;
      marks.push({
        key: `${laneId}:${event.id}`,
        event,
        laneId,
        category,
        primary,
        start,
        end,
        point,
        approximate,
        label,
        labelWidth,
        rank,
        order,
      });
      primary = false;
      if (single) break;
    }
  }
  return marks;
}
