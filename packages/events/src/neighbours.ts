import { createEventMatcher, type EventFilter } from './filter.js';
import { compareEvents } from './sort.js';
import type { ListedEvent } from './event-list.js';

/** The events just before and after one event. */
export interface Neighbours<E extends ListedEvent = ListedEvent> {
  previous?: E;
  next?: E;
}

/**
 * The chronological neighbours of an event among the events that pass a filter. The event
 * itself need not pass the filter: its neighbours are then the nearest matching events on
 * either side, so "next" still moves forward in time.
 *
 * @param options.id - the event to start from
 * @param options.filter - which events count as neighbours (default: all)
 * @returns empty neighbours when `id` is unknown.
 */
export function getNeighbours<E extends ListedEvent>(
  events: readonly E[],
  options: { id: string; filter?: EventFilter },
): Neighbours<E> {
  const current = events.find((event) => event.id === options.id);
  if (!current) return {};
  const matches = createEventMatcher(options.filter ?? {});
  const neighbours: Neighbours<E> = {};
  for (const event of events) {
    if (event === current || !matches(event)) continue;
    const order = compareEvents(event, current);
    if (order < 0 && (!neighbours.previous || compareEvents(event, neighbours.previous) > 0)) {
      neighbours.previous = event;
    } else if (order > 0 && (!neighbours.next || compareEvents(event, neighbours.next) < 0)) {
      neighbours.next = event;
    }
  }
  return neighbours;
}
