import { createEventMatcher, type EventFilter } from './filter.js';
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
  return selectEventsWithCounts(events, options).counts;
}

/**
 * {@link selectEvents} and {@link getFacetCounts} of the same view in one pass over the
 * events: an event is shown when it passes every filter, and counts for every facet then,
 * for the one facet whose filter alone it fails, or for none (a pass per facet and one more
 * for the events cost a 10,000-event explorer a frame at each change).
 */
export function selectEventsWithCounts<E extends ListedEvent>(
  events: readonly E[],
  options: { state: ViewState; search: EventSearch },
): { events: E[]; counts: FacetCounts } {
  const { state, search } = options;
  const found = state.q ? search(state.q) : undefined;
  const filter = toEventFilter(state);
  // Everything but the facets (dates, "confirmed only"); most views have none of it.
  const restFilter: EventFilter = {
    ...filter,
    categories: undefined,
    categoryMatch: undefined,
    actors: undefined,
    jurisdictions: undefined,
    threads: undefined,
  };
  const rest =
    Object.values(restFilter).some((value) => value !== undefined) &&
    createEventMatcher(restFilter);
  const { ids, codes, offsets, numbers } = internFacets(events);
  // The facets that filter, as flags over their numbers: an event passes one when enough of
  // its numbers are flagged (one; or, for categories matched with `all`, every id chosen, so
  // an id no event has fails them all, as createEventMatcher does). Numbers in typed arrays
  // rather than a matcher per facet: this loop runs at each change of the explorer's view,
  // mostly before V8 has optimised it, where a matcher's sets and closures cost three times
  // as much (10,000 events in Node, the second call: 9 ms with matchers, 3 ms so).
  const active = FACETS.flatMap((facet, f) => {
    const chosen = new Set(state[facet]);
    if (chosen.size === 0) return [];
    const flags = new Uint8Array(ids[f]!.length);
    for (const id of chosen) {
      const code = numbers[f]!.get(id);
      if (code !== undefined) flags[code] = 1;
    }
    const all = facet === 'categories' && filter.categoryMatch === 'all';
    return [{ f, flags, need: all ? chosen.size : 1 }];
  });
  const tallies = ids.map((list) => new Int32Array(list.length));
  const shown: E[] = [];
  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    if ((rest && !rest(event)) || (found && !found.has(event.id))) continue;
    let failed = -1;
    let failures = 0;
    for (let j = 0; j < active.length && failures < 2; j++) {
      const { f, flags, need } = active[j]!;
      const at = codes[f]!;
      const to = offsets[f]![i + 1]!;
      let hits = 0;
      for (let k = offsets[f]![i]!; k < to; k++) hits += flags[at[k]!]!;
      if (hits < need) {
        failed = f;
        failures++;
      }
    }
    if (failures > 1) continue;
    if (failures === 0) shown.push(event);
    for (let f = 0; f < FACETS.length; f++) {
      if (failures === 1 && f !== failed) continue;
      const tally = tallies[f]!;
      const at = codes[f]!;
      const to = offsets[f]![i + 1]!;
      for (let k = offsets[f]![i]!; k < to; k++) tally[at[k]!]!++;
    }
  }
  const toMap = (f: number) => {
    const counts = new Map<string, number>();
    ids[f]!.forEach((id, code) => {
      if (tallies[f]![code]! > 0) counts.set(id, tallies[f]![code]!);
    });
    return counts;
  };
  return {
    events: shown,
    counts: {
      categories: toMap(0),
      actors: toMap(1),
      jurisdictions: toMap(2),
      storylines: toMap(3),
    },
  };
}

/** Each facet's ids of a list of events as numbers, made once per list (see {@link internFacets}). */
interface InternedFacets {
  /** Per facet, its ids in order of first appearance; an id's number is its index here. */
  ids: string[][];
  /** Per facet, every event's ids as numbers, one event after the other. */
  codes: Int32Array[];
  /** Per facet, where each event's numbers begin in `codes` (and, at `length`, end). */
  offsets: Int32Array[];
  /** Per facet, each id's number. */
  numbers: Map<string, number>[];
}

const interned = new WeakMap<readonly ListedEvent[], InternedFacets>();

/**
 * The facets' ids of a list as numbers, kept while the list lives (lists are never changed in
 * place here: a new list is a new array): the counts at each change of filter then add up
 * numbers in arrays instead of looking strings up in maps.
 */
function internFacets(events: readonly ListedEvent[]): InternedFacets {
  let known = interned.get(events);
  if (known) return known;
  known = { ids: [], codes: [], offsets: [], numbers: [] };
  for (const facet of FACETS) {
    const field = FIELD[facet];
    const numbers = new Map<string, number>();
    const offsets = new Int32Array(events.length + 1);
    const codes: number[] = [];
    events.forEach((event, i) => {
      offsets[i] = codes.length;
      for (const id of event[field]) {
        let code = numbers.get(id);
        if (code === undefined) numbers.set(id, (code = numbers.size));
        codes.push(code);
      }
    });
    offsets[events.length] = codes.length;
    known.ids.push([...numbers.keys()]);
    known.codes.push(Int32Array.from(codes));
    known.offsets.push(offsets);
    known.numbers.push(numbers);
  }
  interned.set(events, known);
  return known;
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
