/**
 * Where marks and labels go. Split in two so that zooming only redoes what zoom changes:
 *
 * - {@link prepareMarks} runs when the events, lanes or language change: periods, lanes,
 *   label texts and their widths;
 * - {@link layoutMarks} runs for each zoom transform: pixel positions, label rows, and the
 *   labels that do not fit, counted per region ("+3").
 *
 * Both are pure and deterministic: text widths are estimated from character counts rather
 * than measured, so the same input gives the same picture on the server and in every browser.
 *
 * @module
 */
import { getEventPeriod, type Category, type ChronikEvent } from '@chronik/events';
import type { Language } from './locale.js';
import type { TimeScale } from './scale.js';

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
  event: ChronikEvent;
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
  events: readonly ChronikEvent[];
}): Lane[] {
  if (options.mode === 'single') return [{ id: 'all' }];
  const used = new Set(options.events.flatMap((event) => event.categories));
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

/**
 * Everything about the marks that does not change with zoom. Events must be in chronological
 * order (as `sortEvents` returns them).
 */
export function prepareMarks(options: {
  events: readonly ChronikEvent[];
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

  events.forEach((event, order) => {
    const period = getEventPeriod(event.date);
    const label = truncateLabel(event.title[lang], maxChars);
    const common = {
      event,
      start: period.start.getTime(),
      end: period.end.getTime(),
      point: event.date.precision === 'day' && event.date.end === undefined,
      approximate: event.date.approximate === true,
      label,
      labelWidth: Math.ceil(label.length * charWidth),
      rank: (event.importance - 1) * events.length + order,
    };
    const known = event.categories
      .map((id) => byId.get(id))
      .filter((c): c is Category => c !== undefined);
    if (known.length === 0) return; // validated data always has known categories
    if (single) {
      marks.push({
        ...common,
        key: `all:${event.id}`,
        laneId: 'all',
        category: known[0]!,
        primary: true,
      });
      return;
    }
    let primary = true;
    for (const category of known) {
      if (!laneIds.has(category.id)) continue;
      marks.push({
        ...common,
        key: `${category.id}:${event.id}`,
        laneId: category.id,
        category,
        primary,
      });
      primary = false;
    }
  });
  return marks;
}

/** A mark placed for the current zoom. */
export interface PositionedMark extends PreparedMark {
  /** Pixel extent of the period (equal for a point); `x1 - x0` is at least 2 for bars. */
  x0: number;
  x1: number;
  /** Where the symbol sits: the day's centre, or the middle of the bar. */
  cx: number;
  /** Label row in the lane (0 = first), or `undefined` when the label did not fit. */
  row?: number;
  /** Where the label starts: under the symbol, or where the bar enters the view. */
  labelX: number;
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
  /** Marks within the visible range (plus a margin), in chronological order. */
  marks: PositionedMark[];
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
  /** Width of a "+N" region: labels hidden within it are counted together. @default 96 */
  bucket?: number;
  /**
   * Events to position even far outside the view, e.g. the focused and the selected one, so
   * that their elements stay in the page and keyboard focus is never lost by panning. Their
   * labels are placed first.
   */
  include?: ReadonlySet<string>;
}

/**
 * Places the marks for one zoom level: positions, then label rows per lane, landmarks
 * first. A label that overlaps every row is hidden and counted in a "+N" badge.
 */
export function layoutMarks(prepared: readonly PreparedMark[], options: LayoutOptions): MarkLayout {
  const { scale, width, rows, gap = 12, bucket = 96, include } = options;
  const DAY_HALF = 43_200_000;
  const margin = 240;

  const marks: PositionedMark[] = [];
  for (const mark of prepared) {
    let x0 = scale(mark.start);
    let x1 = scale(mark.end);
    if ((x1 < -margin || x0 > width + margin) && !include?.has(mark.event.id)) continue;
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
    const labelX = Math.max(
      Math.min(start, width - mark.labelWidth),
      Math.min(start, cx - mark.labelWidth + 8),
    );
    marks.push({ ...mark, x0, x1, cx, labelX });
  }

  // Labels are placed in rank order (landmarks first), not left to right, so each row keeps
  // the list of spans it has taken rather than a single right edge.
  const occupied = new Map<string, [number, number][][]>();
  // Kept events (the selected and the focused one) get their labels first.
  const rankOf = (mark: PositionedMark) => (include?.has(mark.event.id) ? -1 : mark.rank);
  const order = [...marks].sort((a, b) => rankOf(a) - rankOf(b));
  for (const mark of order) {
    let lane = occupied.get(mark.laneId);
    if (!lane) {
      lane = Array.from({ length: rows }, () => []);
      occupied.set(mark.laneId, lane);
    }
    const from = mark.labelX;
    const to = from + mark.labelWidth + gap;
    if (to < 0 || from > width) continue; // off screen: neither shown nor counted
    for (let row = 0; row < rows; row++) {
      const spans = lane[row]!;
      if (spans.every(([a, b]) => to <= a || from >= b)) {
        spans.push([from, to]);
        mark.row = row;
        break;
      }
    }
  }

  const hidden = new Map<string, { laneId: string; sum: number; count: number }>();
  for (const mark of marks) {
    if (mark.row !== undefined || mark.cx < 0 || mark.cx > width) continue;
    const key = `${mark.laneId}:${Math.floor(mark.cx / bucket)}`;
    const entry = hidden.get(key) ?? { laneId: mark.laneId, sum: 0, count: 0 };
    entry.sum += mark.cx;
    entry.count += 1;
    hidden.set(key, entry);
  }
  return {
    marks,
    hidden: [...hidden].map(([key, { laneId, sum, count }]) => ({
      key,
      laneId,
      x: sum / count,
      count,
    })),
  };
}
