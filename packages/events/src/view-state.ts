/**
 * The view state: what a reader has chosen (filters, period, words, the selected event, the
 * visible window, lanes and view), the ids a dataset knows to check it against, and what it
 * means for the events and the timeline. Its query grammar is in `view-query.ts`.
 *
 * @module
 */
import type { EventFilter } from './filter.js';

/** Everything a reader can choose about what they see. */
export interface ViewState {
  /** Category ids; events in any of them (or all of them, see `categoryMatch`). */
  categories: string[];
  /** `any`: an event in at least one of `categories`; `all`: in every one. */
  categoryMatch: 'any' | 'all';
  /** Actor ids; events involving at least one. */
  actors: string[];
  /** Jurisdiction codes; events concerning at least one. */
  jurisdictions: string[];
  /** Storyline ids (the data's `threads`); events in at least one. */
  storylines: string[];
  /**
   * Where the period starts: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`, from the start of that year,
   * month or day (`2024-06`: from 1 June 2024).
   */
  from?: string;
  /**
   * Where the period ends, in the same forms: to the end of that year, month or day (`2024`: up
   * to 31 December 2024, so `from: '2024-06', to: '2024'` is June to December). It never ends
   * before `from` begins (`parseViewState` leaves such a `to` out, with a notice).
   */
  to?: string;
  /** Words to search for (see `createEventSearch`). */
  q?: string;
  /** Only events whose date and claims are confirmed. */
  verifiedOnly: boolean;
  /** The selected event's id. */
  event?: string;
  /** The timeline's visible window as two days `YYYY-MM-DD`, the second after the first. */
  window?: [start: string, end: string];
  /** One lane per category, or a single lane. */
  lanes: 'category' | 'single';
  /** What to show: the timeline, the list, or both. */
  view: 'timeline' | 'list' | 'both';
}

/** The state with nothing chosen: every event, both views, one lane per category. */
export const EMPTY_VIEW_STATE: Readonly<ViewState> = Object.freeze({
  categories: [],
  categoryMatch: 'any',
  actors: [],
  jurisdictions: [],
  storylines: [],
  verifiedOnly: false,
  lanes: 'category',
  view: 'both',
});

/** The ids a dataset knows, to check the lists and the selected event against. */
export interface KnownIds {
  categories: ReadonlySet<string>;
  actors: ReadonlySet<string>;
  jurisdictions: ReadonlySet<string>;
  storylines: ReadonlySet<string>;
  events: ReadonlySet<string>;
}

/**
 * The ids a dataset knows, for `parseViewState`.
 *
 * @example
 * parseViewState(params, { known: toKnownIds(dataset) })
 */
export function toKnownIds(dataset: {
  categories: readonly { id: string }[];
  actors: readonly { id: string }[];
  jurisdictions: readonly { id: string }[];
  threads: readonly { id: string }[];
  events: readonly { id: string }[];
}): KnownIds {
  const ids = (entries: readonly { id: string }[]) => new Set(entries.map((entry) => entry.id));
  return {
    categories: ids(dataset.categories),
    actors: ids(dataset.actors),
    jurisdictions: ids(dataset.jurisdictions),
    storylines: ids(dataset.threads),
    events: ids(dataset.events),
  };
}

/** The filter of a view state (everything but the words, which `createEventSearch` finds). */
export function toEventFilter(state: ViewState): EventFilter {
  return {
    categories: state.categories,
    categoryMatch: state.categoryMatch,
    actors: state.actors,
    jurisdictions: state.jurisdictions,
    threads: state.storylines,
    ...(state.from ? { from: state.from } : {}),
    ...(state.to ? { to: state.to } : {}),
    ...(state.verifiedOnly ? { verified: true } : {}),
  };
}

/** How many filters are set (each id, each bound, the words, "confirmed only"). */
export function countActiveFilters(state: ViewState): number {
  return (
    state.categories.length +
    state.actors.length +
    state.jurisdictions.length +
    state.storylines.length +
    (state.from ? 1 : 0) +
    (state.to ? 1 : 0) +
    (state.q ? 1 : 0) +
    (state.verifiedOnly ? 1 : 0)
  );
}

/**
 * The window as two instants (midnight UTC of each day), as the timeline takes it.
 *
 * @example
 * toWindowInstants(['2024-01-01', '2024-07-01']) // [2024-01-01T00:00Z, 2024-07-01T00:00Z]
 */
export function toWindowInstants(window: readonly [string, string]): [Date, Date] {
  return [new Date(`${window[0]}T00:00:00Z`), new Date(`${window[1]}T00:00:00Z`)];
}

/**
 * The window of two instants as the days the state keeps, or `undefined` when it is empty
 * (both fall on one day).
 */
export function toWindowDays(window: readonly [Date, Date]): [string, string] | undefined {
  const days = window.map((date) => date.toISOString().slice(0, 10)) as [string, string];
  return days[0] < days[1] ? days : undefined;
}
