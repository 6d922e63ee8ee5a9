import { getImpliedPrecision, getPeriod, type Period } from './partial-date.js';
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
  const start = getPeriod(date.start, date.precision);
  if (date.end === undefined) return start;
  const end = getPeriod(date.end, getImpliedPrecision(date.end));
  return { start: start.start, end: end.end > start.end ? end.end : start.end };
}
