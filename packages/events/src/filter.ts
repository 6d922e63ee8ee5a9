import { getEventPeriod } from './event-period.js';
import { getImpliedPrecision, getPeriod, toPartialDateParts } from './partial-date.js';
import type { ListedEvent } from './event-list.js';
import type { Status } from './vocabulary.js';

/**
 * Which events to keep. Every option left out keeps everything; options combine with AND.
 * Words are found by `createEventSearch`, not here.
 */
export interface EventFilter {
  /** Category ids; see `categoryMatch`. */
  categories?: readonly string[];
  /**
   * `any`: the event has at least one of `categories`; `all`: it has every one of them.
   * @default 'any'
   */
  categoryMatch?: 'any' | 'all';
  /** Actor ids; the event involves at least one of them. */
  actors?: readonly string[];
  /** Jurisdiction codes; the event concerns at least one of them. */
  jurisdictions?: readonly string[];
  /** Storyline ids; the event belongs to at least one of them. */
  threads?: readonly string[];
  /**
   * Earliest date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`, inclusive): keeps events whose period
   * ends after its start, so an event dated `2024` is kept for `from: '2024-06'`.
   */
  from?: string;
  /** Latest date (inclusive): keeps events whose period starts before the end of `to`. */
  to?: string;
  /** Only events with this status. */
  status?: Status;
  /** `true`: only verified events; `false`: only unverified ones. */
  verified?: boolean;
}

function toWindowBound(value: string, which: 'from' | 'to'): number {
  const parts = toPartialDateParts(value);
  if (!parts.ok) {
    throw new TypeError(`filterEvents: ${which} ${parts.message} (${parts.fix})`);
  }
  const period = getPeriod(value, getImpliedPrecision(value));
  return (which === 'from' ? period.start : period.end).getTime();
}

function hasAny(ids: readonly string[], wanted: ReadonlySet<string>): boolean {
  for (const id of ids) if (wanted.has(id)) return true;
  return false;
}

/**
 * Compiles a filter into a predicate, so that sets and date bounds are built once and not
 * for every event.
 *
 * @throws TypeError when `from` or `to` is not a real date.
 */
export function createEventMatcher(filter: EventFilter): (event: ListedEvent) => boolean {
  const categories = filter.categories?.length ? new Set(filter.categories) : undefined;
  const all = filter.categoryMatch === 'all';
  const actors = filter.actors?.length ? new Set(filter.actors) : undefined;
  const jurisdictions = filter.jurisdictions?.length ? new Set(filter.jurisdictions) : undefined;
  const threads = filter.threads?.length ? new Set(filter.threads) : undefined;
  const from = filter.from ? toWindowBound(filter.from, 'from') : undefined;
  const to = filter.to ? toWindowBound(filter.to, 'to') : undefined;

  return (event) => {
    // Plain loops, no arrays made: this runs for every event at every change of filter.
    if (categories) {
      let hits = 0;
      for (const id of event.categories) if (categories.has(id)) hits++;
      if (all ? hits < categories.size : hits === 0) return false;
    }
    if (actors && !hasAny(event.actors, actors)) return false;
    if (jurisdictions && !hasAny(event.jurisdictions, jurisdictions)) return false;
    if (threads && !hasAny(event.threads, threads)) return false;
    if (filter.status && event.status !== filter.status) return false;
    if (filter.verified !== undefined && event.verified !== filter.verified) return false;
    if (from !== undefined || to !== undefined) {
      const period = getEventPeriod(event.date);
      if (from !== undefined && period.end.getTime() <= from) return false;
      if (to !== undefined && period.start.getTime() >= to) return false;
    }
    return true;
  };
}

/**
 * The events that pass a filter, in their given order.
 *
 * @throws TypeError when `from` or `to` is not a real date.
 * @example
 * filterEvents(events, { categories: ['security'], from: '2024' })
 */
export function filterEvents<E extends ListedEvent>(
  events: readonly E[],
  filter: EventFilter,
): E[] {
  return events.filter(createEventMatcher(filter));
}
