/**
 * The time axis: the base scale over the data's extent and the ticks for any zoom level.
 * Everything here is UTC, like the dates of `@chronik/events`: a day is a calendar day, not an
 * instant in the reader's time zone.
 *
 * @module
 */
import { utcDay, utcMonday, utcMonth, utcYear, type TimeInterval } from './intervals.js';
import { getExtent, type ListedEvent } from '@chronik/events';
import { formatUtcDate, type Language } from './locale.js';
import type { TimeScale } from './scale.js';

/** A time span as two UTC instants, `[start, end)`. */
export type TimeWindow = readonly [start: Date, end: Date];

const DAY = 86_400_000;

/**
 * The domain the timeline can show: the data's extent and today, widened by `padding` of its
 * length on each side (at least 15 days), so the first and last events are not glued to the
 * edges.
 *
 * @param options.padding - share of the span added on each side @default 0.04
 */
export function getBaseDomain(options: {
  extent: TimeWindow;
  now?: Date;
  padding?: number;
}): TimeWindow {
  const { extent, now, padding = 0.04 } = options;
  let start = extent[0].getTime();
  let end = extent[1].getTime();
  if (now) {
    start = Math.min(start, now.getTime());
    end = Math.max(end, now.getTime() + DAY);
  }
  const pad = Math.max((end - start) * padding, 15 * DAY);
  return [new Date(start - pad), new Date(end + pad)];
}

/**
 * The domain a timeline shows: `extent` (e.g. the whole dataset's, so that filtering never
 * moves the axis), else the events' own, else the year up to `now`; padded and with today
 * (see {@link getBaseDomain}).
 */
export function getTimelineDomain(options: {
  events: readonly ListedEvent[];
  extent?: TimeWindow | undefined;
  now?: Date | undefined;
}): TimeWindow {
  const { events, extent, now } = options;
  // The events' own extent only when none is given: it is a pass over every event.
  const period = extent ? undefined : getExtent(events);
  const end = now ?? new Date(Date.UTC(2025, 0, 1));
  const shown: TimeWindow =
    extent ?? (period ? [period.start, period.end] : [new Date(end.getTime() - 365 * DAY), end]);
  return getBaseDomain({ extent: shown, ...(now ? { now } : {}) });
}

/** One step of the axis: how far apart ticks are and how they are labelled. */
export interface TickLevel {
  /** Identifies the level, e.g. for tests and `data-level`. */
  name: 'decade' | 'five-years' | 'year' | 'quarter' | 'month' | 'week' | 'day';
  /** Approximate length of one step, to decide whether labels fit. */
  approximateMs: number;
  interval: TimeInterval;
  /** The room a label of this level needs, in pixels, gap included. */
  labelSpace: number;
  /** Label of a tick that starts a larger unit (a year, or a month at day level). */
  major: (date: Date) => boolean;
}

/** The levels the axis moves through as readers zoom in, coarsest first. */
export const TICK_LEVELS: readonly TickLevel[] = [
  {
    name: 'decade',
    approximateMs: 3652 * DAY,
    interval: utcYear.every(10),
    labelSpace: 48,
    major: () => true,
  },
  {
    name: 'five-years',
    approximateMs: 1826 * DAY,
    interval: utcYear.every(5),
    labelSpace: 48,
    major: () => true,
  },
  { name: 'year', approximateMs: 365 * DAY, interval: utcYear, labelSpace: 48, major: () => true },
  {
    name: 'quarter',
    approximateMs: 91 * DAY,
    interval: utcMonth.every(3),
    labelSpace: 84,
    major: (date) => date.getUTCMonth() === 0,
  },
  {
    name: 'month',
    approximateMs: 30 * DAY,
    interval: utcMonth,
    labelSpace: 76,
    major: (date) => date.getUTCMonth() === 0,
  },
  {
    name: 'week',
    approximateMs: 7 * DAY,
    interval: utcMonday,
    labelSpace: 60,
    major: (date) => date.getUTCDate() <= 7,
  },
  {
    name: 'day',
    approximateMs: DAY,
    interval: utcDay,
    labelSpace: 48,
    major: (date) => date.getUTCDate() === 1,
  },
];

/**
 * The finest level whose ticks leave room for their labels at this zoom.
 *
 * @param options.minSpacing - the narrowest gap between ticks, in pixels, for every level
 *   @default each level's own `labelSpace`
 */
export function chooseTickLevel(options: { scale: TimeScale; minSpacing?: number }): TickLevel {
  const { scale, minSpacing } = options;
  const [d0, d1] = scale.domain;
  const [r0, r1] = scale.range;
  const pxPerMs = (r1 - r0) / Math.max(d1.getTime() - d0.getTime(), 1);
  for (let i = TICK_LEVELS.length - 1; i >= 0; i--) {
    const level = TICK_LEVELS[i]!;
    if (level.approximateMs * pxPerMs >= (minSpacing ?? level.labelSpace)) return level;
  }
  return TICK_LEVELS[0]!;
}

/** A tick of the axis, positioned and labelled. */
export interface Tick {
  /** Stable key: the tick's date as `YYYY-MM-DD`. */
  key: string;
  date: Date;
  /** Position in pixels along the (zoomed) scale. */
  x: number;
  label: string;
  /** True when the tick starts a larger unit, shown stronger (a new year, a new month). */
  major: boolean;
}

/** About how wide one character of an axis label is, in pixels (12 px sans-serif). */
const CHAR_WIDTH = 7;

function quarterLabel(date: Date, lang: Language): string {
  const q = Math.floor(date.getUTCMonth() / 3) + 1;
  const year = date.getUTCFullYear();
  // The first quarter carries the year, the others stay short: "Q1 2024 · Q2 · Q3".
  if (lang === 'de') return q === 1 ? `${q}. Q. ${year}` : `${q}. Q.`;
  return q === 1 ? `Q1 ${year}` : `Q${q}`;
}

/**
 * A tick's label. `context` gives it the larger units the level's labels leave out (the year
 * of a month or quarter, the month and year of a day), for the first tick in view: zoomed into
 * a few months, the axis would otherwise never say which year it shows.
 */
function formatTick(level: TickLevel, date: Date, lang: Language, context = false): string {
  const major = level.major(date);
  switch (level.name) {
    case 'decade':
    case 'five-years':
    case 'year':
      return formatUtcDate(date, lang, { year: true });
    case 'quarter':
      return context && !major
        ? `${quarterLabel(date, lang)} ${date.getUTCFullYear()}`
        : quarterLabel(date, lang);
    case 'month':
      return formatUtcDate(date, lang, { month: true, year: major || context });
    case 'week':
    case 'day':
      return context
        ? formatUtcDate(date, lang, { day: true, month: true, year: true })
        : formatUtcDate(date, lang, { day: true, month: major });
  }
}

/**
 * The ticks of the visible part of a (zoomed) scale at the level that fits, labelled in the
 * reader's language.
 *
 * @example
 * getTicks({ scale, lang: 'de' }) // [{ key: '2024-01-01', x: 0, label: 'Jan. 2024', major: true }, …]
 */
export function getTicks(options: { scale: TimeScale; lang: Language; minSpacing?: number }): {
  level: TickLevel;
  ticks: Tick[];
} {
  const { scale, lang } = options;
  const level = chooseTickLevel(options);
  const [d0, d1] = scale.domain;
  const dates = level.interval.range(level.interval.floor(d0), d1);
  const ticks = dates
    .filter((date) => date >= d0)
    .map((date, i) => ({
      key: date.toISOString().slice(0, 10),
      date,
      x: scale(date),
      label: formatTick(level, date, lang, i === 0),
      major: level.major(date),
    }));
  // The first label carries its context and is longer: where it would run into the next
  // label, the next one gives way (its tick and grid line stay).
  const [first, second] = ticks;
  if (first && second && first.label.length * CHAR_WIDTH > second.x - first.x) second.label = '';
  return { level, ticks };
}
