import { getEventPeriod } from './event-period.js';
import type { Period } from './partial-date.js';
import type { ChronikEvent } from './schema.js';

/**
 * The period from the start of the earliest event to the end of the latest one, or
 * `undefined` for no events. Each event counts with its whole period (a month covers the
 * month), so the extent never cuts an event off.
 */
export function getExtent(events: readonly ChronikEvent[]): Period | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const period = getEventPeriod(event.date);
    start = Math.min(start, period.start.getTime());
    end = Math.max(end, period.end.getTime());
  }
  return events.length === 0 ? undefined : { start: new Date(start), end: new Date(end) };
}
