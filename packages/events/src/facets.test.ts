import { describe, expect, it } from 'vitest';
import { event } from './__fixtures__/events.js';
import { getFacetCounts, getFacetOptions, selectEvents, selectEventsWithCounts } from './facets.js';
import { createEventSearch } from './search.js';
import { EMPTY_VIEW_STATE, type ViewState } from './view-state.js';

const EVENTS = [
  event({
    id: 'a',
    title: { de: 'Schlüssel', en: 'Key' },
    categories: ['security'],
    actors: ['osba'],
  }),
  event({
    id: 'b',
    categories: ['security', 'legal'],
    actors: ['osba', 'edps'],
    threads: ['delos'],
  }),
  event({
    id: 'c',
    categories: ['legal'],
    actors: ['edps'],
    jurisdictions: ['EU'],
    verified: false,
    notes: { de: 'x', en: 'x' },
  }),
];
const search = createEventSearch({ events: EVENTS, actors: [] });
const state = (patch: Partial<ViewState>): ViewState => ({ ...EMPTY_VIEW_STATE, ...patch });
const entries = (map: ReadonlyMap<string, number>) => Object.fromEntries(map);

describe('selectEvents', () => {
  it.each<[string, Partial<ViewState>, string[]]>([
    ['nothing chosen', {}, ['a', 'b', 'c']],
    ['a category', { categories: ['legal'] }, ['b', 'c']],
    ['a storyline', { storylines: ['delos'] }, ['b']],
    ['confirmed only', { verifiedOnly: true }, ['a', 'b']],
    ['words', { q: 'key' }, ['a']],
    ['words and a category that exclude each other', { q: 'key', categories: ['legal'] }, []],
  ])('%s', (_, patch, ids) => {
    expect(selectEvents(EVENTS, { state: state(patch), search }).map((e) => e.id)).toEqual(ids);
  });
});

describe('getFacetCounts', () => {
  it('counts each facet under the other filters, not its own', () => {
    const counts = getFacetCounts(EVENTS, { state: state({ categories: ['security'] }), search });
    expect(entries(counts.categories)).toEqual({ security: 2, legal: 2 });
    expect(entries(counts.actors)).toEqual({ osba: 2, edps: 1 });
    expect(entries(counts.storylines)).toEqual({ delos: 1 });
    expect(entries(counts.jurisdictions)).toEqual({ DE: 2 });
  });

  it('counts as one filter pass per facet would, with several facets chosen at once', () => {
    // 200 events with every mix of two categories, actors, jurisdictions and storylines.
    const pick = <T>(list: T[], i: number, k: number) => list.filter((_, j) => (i >> (j + k)) & 1);
    const many = Array.from({ length: 200 }, (_, i) =>
      event({
        id: `e${i}`,
        date: { start: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}`, precision: 'day' },
        // Never none (every event has a category); "market" besides on every seventh.
        categories: [...pick(['security', 'legal', 'politics'], i, 0), 'market'].filter(
          (id, n, all) => id !== 'market' || all.length === 1 || i % 7 === 0,
        ),
        actors: pick(['osba', 'edps', 'bsi'], i, 2),
        jurisdictions: pick(['DE', 'EU'], i, 4),
        threads: pick(['delos', 'dsk'], i, 5),
        ...(i % 3 === 0 ? { verified: false, notes: { de: 'offen', en: 'open' } } : {}),
      }),
    );
    const brute = (s: ViewState) =>
      Object.fromEntries(
        (['categories', 'actors', 'jurisdictions', 'storylines'] as const).map((facet) => {
          const field = facet === 'storylines' ? 'threads' : facet;
          const counts: Record<string, number> = {};
          for (const e of selectEvents(many, { state: { ...s, [facet]: [] }, search })) {
            for (const id of e[field]) counts[id] = (counts[id] ?? 0) + 1;
          }
          return [facet, counts];
        }),
      );
    for (const patch of [
      {},
      { categories: ['security'], actors: ['edps'] },
      { categories: ['security', 'legal'], categoryMatch: 'all' as const, jurisdictions: ['EU'] },
      { actors: ['osba', 'bsi'], storylines: ['dsk'], verifiedOnly: true },
      { categories: ['politics'], actors: ['edps'], jurisdictions: ['DE'], storylines: ['delos'] },
      { actors: ['edps'], from: '2024-02-10', to: '2024-02-20' },
      { q: 'Titel', categories: ['legal'], to: '2024-02-14' },
      // An id no event has: "all" then shows nothing, "any" ignores it; an id chosen twice.
      { categories: ['security', 'nowhere'], categoryMatch: 'all' as const },
      { categories: ['nowhere', 'legal'], actors: ['osba', 'osba'] },
      { categories: ['security', 'security'], categoryMatch: 'all' as const },
    ]) {
      const counts = getFacetCounts(many, { state: state(patch), search });
      const expected = brute(state(patch));
      // The same pass selects the events, as selectEvents does.
      const both = selectEventsWithCounts(many, { state: state(patch), search });
      expect(both.events).toEqual(selectEvents(many, { state: state(patch), search }));
      expect(both.counts).toEqual(counts);
      expect(entries(counts.categories)).toEqual(expected.categories);
      expect(entries(counts.actors)).toEqual(expected.actors);
      expect(entries(counts.jurisdictions)).toEqual(expected.jurisdictions);
      expect(entries(counts.storylines)).toEqual(expected.storylines);
    }
  });

  it('counts only what the words find', () => {
    const counts = getFacetCounts(EVENTS, { state: state({ q: 'key' }), search });
    expect(entries(counts.categories)).toEqual({ security: 1 });
  });
});

describe('getFacetOptions', () => {
  const actors = [
    { id: 'osba', name: 'Open Source Business Alliance' },
    { id: 'edps', name: 'EDPS' },
    { id: 'bsi', name: 'BSI' },
    { id: 'dsk', name: 'DSK' },
  ];
  const counts = new Map([
    ['osba', 2],
    ['edps', 1],
  ]);

  it('offers entries with events and chosen ones, in registry order or by label', () => {
    const options = {
      entries: actors,
      label: (a: { name: string }) => a.name,
      counts,
      lang: 'de' as const,
    };
    expect(getFacetOptions({ ...options, selected: ['dsk'] })).toEqual([
      { id: 'osba', label: 'Open Source Business Alliance', count: 2 },
      { id: 'edps', label: 'EDPS', count: 1 },
      { id: 'dsk', label: 'DSK', count: 0 },
    ]);
    expect(getFacetOptions({ ...options, selected: [], sort: 'label' }).map((o) => o.id)).toEqual([
      'edps',
      'osba',
    ]);
  });
});
