import { getImpliedPrecision, getPeriodTimes, type Period } from './partial-date.js';
import type { EventDate } from './schema.js';

/**
 * The whole time an event's date stands for: from the first day of its start period to the
 * end of its `end` (read at the precision its form implies), or of its start period when it
 * has no end. A month-precision event covers its month, not the 1st.
 *
 * @example
 * getEventPeriod({ start: '2024-04', precision: 'month' })
 * // { start: 2024-04-01T00:00Z, end: 2024-05-01T00:00Z }
 */
export function getEventPeriod(date: EventDate): Period {
  const { start, end } = getEventTimes(date);
  return { start: new Date(start), end: new Date(end) };
}

/**
 * {@link getEventPeriod} in epoch milliseconds, `[start, end)`, without making `Date`
 * objects (for loops over every event).
 */
export function getEventTimes(date: EventDate): { start: number; end: number } {
  const start = getPeriodTimes(date.start, date.precision);
  if (date.end === undefined) return start;
  const end = getPeriodTimes(date.end, getImpliedPrecision(date.end)).end;
  return { start: start.start, end: Math.max(end, start.end) };
}
