import { getEventTimes } from './event-period.js';
import type { Period } from './partial-date.js';
import type { ListedEvent } from './event-list.js';

/**
 * The period from the start of the earliest event to the end of the latest one, or
 * `undefined` for no events. Each event counts with its whole period (a month covers the
 * month), so the extent never cuts an event off.
 */
export function getExtent(events: readonly Pick<ListedEvent, 'date'>[]): Period | undefined {
  let start = Infinity;
  let end = -Infinity;
  for (const event of events) {
    const period = getEventTimes(event.date);
    start = Math.min(start, period.start);
    end = Math.max(end, period.end);
  }
  return events.length === 0 ? undefined : { start: new Date(start), end: new Date(end) };
}
