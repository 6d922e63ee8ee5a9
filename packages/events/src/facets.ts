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
 *
 * One pass over the events: an event counts for every facet when it passes every filter, for
 * one facet when that facet's filter is the only one it fails, and for none otherwise (four
 * passes, one per facet, cost a 10,000-event explorer a frame at each change).
 */
export function getFacetCounts(
  events: readonly ListedEvent[],
  options: { state: ViewState; search: EventSearch },
): FacetCounts {
  const { state, search } = options;
  const found = state.q ? search(state.q) : undefined;
  const filter = toEventFilter(state);
  const rest = createEventMatcher({
    ...filter,
    categories: undefined,
    actors: undefined,
    jurisdictions: undefined,
    threads: undefined,
  });
  // Each facet's own filter, where it has one.
  const own: ((event: ListedEvent) => boolean)[] = FACETS.map((facet) =>
    state[facet].length === 0
      ? () => true
      : createEventMatcher(
          facet === 'categories'
            ? { categories: filter.categories, categoryMatch: filter.categoryMatch }
            : { [FIELD[facet]]: state[facet] },
        ),
  );
  const counts = FACETS.map(() => new Map<string, number>());
  for (const event of events) {
    if (!rest(event) || (found && !found.has(event.id))) continue;
    let failed = -1;
    let failures = 0;
    for (let f = 0; f < FACETS.length && failures < 2; f++) {
      if (!own[f]!(event)) [failed, failures] = [f, failures + 1];
    }
    if (failures > 1) continue;
    for (let f = 0; f < FACETS.length; f++) {
      if (failures === 1 && f !== failed) continue;
      const map = counts[f]!;
      for (const id of event[FIELD[FACETS[f]!]]) map.set(id, (map.get(id) ?? 0) + 1);
    }
  }
  return {
    categories: counts[0]!,
    actors: counts[1]!,
    jurisdictions: counts[2]!,
    storylines: counts[3]!,
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
