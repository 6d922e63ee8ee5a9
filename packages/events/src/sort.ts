import { getEventPeriod } from './event-period.js';
import type { ListedEvent } from './event-list.js';

/** What ordering reads of an event. */
type Sortable = Pick<ListedEvent, 'id' | 'date'>;

/**
 * Chronological order for events of mixed precision. The rule, in order:
 *
 * 1. earlier start first, where the start is the first day of the event's period
 *    (`2024-04` starts on 1 April 2024, `2024` on 1 January 2024);
 * 2. for the same start, the longer period first, so a year or month comes before the days
 *    inside it, like a heading before its entries (an explicit `end` lengthens the period);
 * 3. for the same period, by `id`, so the order never depends on file-system order.
 *
 * @returns a negative number when `a` comes first, positive when `b` does, 0 only for equal ids.
 */
export function compareEvents(a: Sortable, b: Sortable): number {
  return compareKeys(toSortKey(a), toSortKey(b));
}

interface SortKey {
  start: number;
  end: number;
  id: string;
}

function toSortKey(event: Sortable): SortKey {
  const period = getEventPeriod(event.date);
  return { start: period.start.getTime(), end: period.end.getTime(), id: event.id };
}

function compareKeys(a: SortKey, b: SortKey): number {
  return a.start - b.start || b.end - a.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Returns a new array of the events in chronological order (see {@link compareEvents} for the
 * rule). The input is not changed.
 */
export function sortEvents<E extends Sortable>(events: readonly E[]): E[] {
  // Compute each key once rather than twice per comparison.
  return events
    .map((event) => ({ event, key: toSortKey(event) }))
    .sort((a, b) => compareKeys(a.key, b.key))
    .map(({ event }) => event);
}
