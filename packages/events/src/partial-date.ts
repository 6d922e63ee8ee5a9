/**
 * Partial calendar dates (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`) and the periods they stand for.
 *
 * Chronik works in UTC throughout: an event dated `2024-06-27` is the calendar day, not an
 * instant in some reader's time zone, so every `Date` this package returns is midnight UTC
 * and callers must format or scale it in UTC (d3's `scaleUtc`, `utcDay` …).
 *
 * @module
 */
import { MONTH_NAMES } from './date-words.js';

/** How exactly an event's start is known. Ordered from finest to coarsest. */
export const PRECISIONS = ['day', 'month', 'quarter', 'season', 'year'] as const;

/** How exactly an event's start is known. */
export type Precision = (typeof PRECISIONS)[number];

/** The written form of a partial date: a year, a year and month, or a full day. */
export type PartialDateForm = 'year' | 'month' | 'day';

/** A partial date split into numbers; `month` and `day` are 1-based and absent when not given. */
export interface PartialDateParts {
  year: number;
  month?: number;
  day?: number;
  form: PartialDateForm;
}

/** A half-open UTC period `[start, end)`. */
export interface Period {
  /** First instant of the period (midnight UTC). */
  start: Date;
  /** First instant after the period (midnight UTC), so `end - start` is its length. */
  end: Date;
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * The pattern every partial date must match, for the JSON Schema. Whether the date exists
 * (no 30 February) is checked by {@link toPartialDateParts}.
 */
export const PARTIAL_DATE_PATTERN = PARTIAL_DATE.source;

/** Months in which a season starts: meteorological spring, summer, autumn and winter. */
export const SEASON_START_MONTHS = [3, 6, 9, 12] as const;

/** Months in which a quarter starts. */
export const QUARTER_START_MONTHS = [1, 4, 7, 10] as const;

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a month (1–12) of the proleptic Gregorian calendar, as `Date` counts them. */
function daysInMonth(year: number, month: number): number {
  // Arithmetic rather than a Date: this runs for every date of every event a widget loads.
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

/** The outcome of reading a partial date: its parts, or why it is not one (with the fix). */
export type PartialDateResult =
  { ok: true; parts: PartialDateParts } | { ok: false; message: string; fix: string };

/**
 * Reads a partial date string and checks that it names a real calendar date.
 *
 * @example
 * toPartialDateParts('2024-06') // { ok: true, parts: { year: 2024, month: 6, form: 'month' } }
 * toPartialDateParts('2023-02-30') // { ok: false, message: 'February 2023 has no day 30', … }
 */
export function toPartialDateParts(value: string): PartialDateResult {
  const match = PARTIAL_DATE.exec(value);
  if (!match) {
    return {
      ok: false,
      message: `"${value}" is not a date in the form YYYY, YYYY-MM or YYYY-MM-DD`,
      fix: 'write a four-digit year with optional two-digit month and day, e.g. 2023-07-11',
    };
  }
  const [, y, m, d] = match;
  const year = Number(y);
  if (year < 1000) {
    return {
      ok: false,
      message: `"${value}" has year ${y}, before 1000`,
      fix: 'write the full four-digit year, e.g. 2023',
    };
  }
  if (m === undefined) return { ok: true, parts: { year, form: 'year' } };
  const month = Number(m);
  if (month < 1 || month > 12) {
    return {
      ok: false,
      message: `"${value}" has month ${m}, which does not exist`,
      fix: 'use a month from 01 to 12',
    };
  }
  if (d === undefined) return { ok: true, parts: { year, month, form: 'month' } };
  const day = Number(d);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return {
      ok: false,
      message: `"${value}" does not exist: ${MONTH_NAMES.en[month - 1]} ${year} has days 01 to ${last}`,
      fix: `use a day from 01 to ${last}`,
    };
  }
  return { ok: true, parts: { year, month, day, form: 'day' } };
}

/** True when `value` is a real partial date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). */
export function isPartialDate(value: string): boolean {
  return toPartialDateParts(value).ok;
}

function partsOrThrow(value: string, caller: string): PartialDateParts {
  const result = toPartialDateParts(value);
  if (!result.ok) throw new TypeError(`${caller}: ${result.message} (${result.fix})`);
  return result.parts;
}

/** The form a date must be written in for a precision, e.g. `quarter` → `month` (`2024-04`). */
export function getFormForPrecision(precision: Precision): PartialDateForm {
  switch (precision) {
    case 'day':
      return 'day';
    case 'month':
    case 'quarter':
    case 'season':
      return 'month';
    case 'year':
      return 'year';
  }
}

/**
 * The period a partial date stands for at a precision: a day, a month, the quarter or season
 * starting in that month, or a year.
 *
 * @throws TypeError when `value` is not a real partial date.
 * @example
 * getPeriod('2024-03', 'season') // spring 2024: [2024-03-01, 2024-06-01)
 */
export function getPeriod(value: string, precision: Precision): Period {
  const { start, end } = getPeriodTimes(value, precision);
  return { start: new Date(start), end: new Date(end) };
}

/**
 * {@link getPeriod} in epoch milliseconds, `[start, end)`, without making `Date` objects: for
 * loops over every event (the widget reads 100,000 of them before its first picture).
 *
 * @throws TypeError when `value` is not a real partial date.
 */
export function getPeriodTimes(
  value: string,
  precision: Precision,
): { start: number; end: number } {
  const { year, month = 1, day = 1 } = partsOrThrow(value, 'getPeriod');
  const start = Date.UTC(year, month - 1, day);
  switch (precision) {
    case 'day':
      return { start, end: Date.UTC(year, month - 1, day + 1) };
    case 'month':
      return { start, end: Date.UTC(year, month, 1) };
    case 'quarter':
    case 'season':
      return { start, end: Date.UTC(year, month + 2, 1) };
    case 'year':
      return { start, end: Date.UTC(year + 1, 0, 1) };
  }
}

/** The precision a date's written form implies when nothing else says so (`2024-04` → month). */
export function getImpliedPrecision(value: string): Precision {
  return partsOrThrow(value, 'getImpliedPrecision').form;
}

/** Midnight UTC of a `Date`'s calendar day as `YYYY-MM-DD`. */
export function toIsoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/**
 * The last day of a period as `YYYY-MM-DD`. Periods are half-open (`end` is the first instant
 * after them), while date fields, calendars and schema.org want the last day that belongs.
 *
 * @example
 * toLastDay(getPeriod('2024-06', 'month')) // '2024-06-30'
 */
export function toLastDay(period: Period): string {
  return toIsoDay(new Date(period.end.getTime() - 86_400_000));
}

/**
 * The days a partial date covers as `[first, last]`, e.g. for a date field showing a filter's
 * `from` (first day) or `to` (last day).
 *
 * @throws TypeError when `value` is not a real partial date.
 * @example
 * toDayRange('2024-06') // ['2024-06-01', '2024-06-30']
 */
export function toDayRange(value: string): [first: string, last: string] {
  const period = getPeriod(value, getImpliedPrecision(value));
  return [toIsoDay(period.start), toLastDay(period)];
}
