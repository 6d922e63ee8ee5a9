import { createEventMatcher } from './filter.js';
import type { ListedEvent } from './event-list.js';
import type { EventSearch } from './search.js';
import type { Language } from './vocabulary.js';
import { toEventFilter, type ViewState } from './view-state.js';

/**
 * The events a view state shows, in their given order: those that pass its filters and, when
 * it has words, that the search finds.
 *
 * @example
 * selectEvents(events, { state, search: createEventSearch({ events, actors }) })
 */
export function selectEvents<E extends ListedEvent>(
  events: readonly E[],
  options: { state: ViewState; search: EventSearch },
): E[] {
  const { state, search } = options;
  const matches = createEventMatcher(toEventFilter(state));
  const found = state.q ? search(state.q) : undefined;
  return events.filter((event) => matches(event) && (!found || found.has(event.id)));
}

/** The facets a reader can filter by. */
export const FACETS = ['categories', 'actors', 'jurisdictions', 'storylines'] as const;

/** A facet: a list of the view state that filters by ids. */
export type Facet = (typeof FACETS)[number];

/** How many events each id of each facet would show. */
export type FacetCounts = Record<Facet, ReadonlyMap<string, number>>;

const FIELD = {
  categories: 'categories',
  actors: 'actors',
  jurisdictions: 'jurisdictions',
  storylines: 'threads',
} as const satisfies Record<Facet, keyof ListedEvent>;

/**
 * Counts, for each id of each facet, the events it would show under all the other filters
 * and the words, as faceted search does: choosing more categories never makes the counts of
 * categories drop to those already chosen.
 */
export function getFacetCounts(
  events: readonly ListedEvent[],
  options: { state: ViewState; search: EventSearch },
): FacetCounts {
  const { state, search } = options;
  const found = state.q ? search(state.q) : undefined;
  const count = (facet: Facet) => {
    const matches = createEventMatcher(toEventFilter({ ...state, [facet]: [] }));
    const counts = new Map<string, number>();
    for (const event of events) {
      if (!matches(event) || (found && !found.has(event.id))) continue;
      for (const id of event[FIELD[facet]]) counts.set(id, (counts.get(id) ?? 0) + 1);
    }
    return counts;
  };
  return {
    categories: count('categories'),
    actors: count('actors'),
    jurisdictions: count('jurisdictions'),
    storylines: count('storylines'),
  };
}

/** One choice of a facet, as a filter menu lists it. */
export interface FacetOption {
  id: string;
  label: string;
  /** Events it would show under the other filters. */
  count: number;
}

/**
 * The choices a facet offers: the registry's entries that would show events, and those
 * already chosen (so they can be unchosen), labelled in the reader's language.
 *
 * @param options.label - an entry's name in `lang`
 * @param options.sort - `label`: alphabetical in `lang` (for long lists such as actors);
 *   `registry`: the registry's order @default 'registry'
 */
export function getFacetOptions<T extends { id: string }>(options: {
  entries: readonly T[];
  label: (entry: T) => string;
  counts: ReadonlyMap<string, number>;
  selected: readonly string[];
  lang: Language;
  sort?: 'label' | 'registry';
}): FacetOption[] {
  const { counts, selected, lang } = options;
  const choices = options.entries
    .filter((entry) => (counts.get(entry.id) ?? 0) > 0 || selected.includes(entry.id))
    .map((entry) => ({
      id: entry.id,
      label: options.label(entry),
      count: counts.get(entry.id) ?? 0,
    }));
  return options.sort === 'label'
    ? choices.sort((a, b) => a.label.localeCompare(b.label, lang))
    : choices;
}
