import type { ListedEvent } from './event-list.js';

/** Events sharing a key: a year (`2024`), a month (`2024-06`) or a category id. */
export interface EventGroup<E extends ListedEvent = ListedEvent> {
  key: string;
  events: E[];
}

/**
 * Groups events by the year or month their period starts in, or by category.
 *
 * - `year`/`month`: groups in chronological order of key; events keep their given order.
 * - `category`: an event with several categories appears in each of them; groups follow
 *   `order` (e.g. the registry's order) and then first appearance; empty groups are left out.
 *
 * @example
 * groupEvents(sortEvents(events), { by: 'year' }) // [{ key: '2022', events: [...] }, ...]
 */
export function groupEvents<E extends ListedEvent>(
  events: readonly E[],
  options: { by: 'year' | 'month' | 'category'; order?: readonly string[] },
): EventGroup<E>[] {
  const groups = new Map<string, E[]>();
  for (const key of options.by === 'category' ? (options.order ?? []) : []) groups.set(key, []);
  const push = (key: string, event: E) => {
    const group = groups.get(key);
    if (group) group.push(event);
    else groups.set(key, [event]);
  };
  for (const event of events) {
    if (options.by === 'category') {
      for (const id of event.categories) push(id, event);
    } else {
      // A checked start is `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, and its period starts on its
      // first day: the key is in the text (no dates made, for lists of 10,000 events).
      const start = event.date.start;
      push(
        options.by === 'year'
          ? start.slice(0, 4)
          : start.length > 4
            ? start.slice(0, 7)
            : `${start}-01`,
        event,
      );
    }
  }
  const result = [...groups].map(([key, grouped]) => ({ key, events: grouped }));
  const nonEmpty = result.filter((group) => group.events.length > 0);
  return options.by === 'category'
    ? nonEmpty
    : nonEmpty.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
