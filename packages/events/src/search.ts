import MiniSearch, { type Options } from 'minisearch';
import type { Actor, ChronikEvent } from './schema.js';

/**
 * Folds text for matching: lower case, no accents, `ß` as `ss`, so "Souveränität" matches
 * "souveranitat" and "Straße" matches "strasse".
 */
export function foldText(text: string): string {
  return text
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
}

/** Finds the ids of the events that match some words. */
export type EventSearch = (query: string) => ReadonlySet<string>;

/**
 * A full-text search over both languages: titles, summaries, notes, actor names and source
 * publishers, so a German and an English word both find an event, whatever the reader's
 * language. Every word must match; case, accents and `ß`/`ss` are ignored; a word also finds
 * longer words it begins ("Signatur" finds "Signaturschlüssel"), and small typos are
 * forgiven in words of more than five letters. The explorer and the widget both search with
 * this, so the same words find the same events everywhere.
 *
 * @param options.actors - the actor registry, to find events by actor names (an actor
 *   missing from it is found by its id)
 * @example
 * const search = createEventSearch({ events, actors });
 * search('signing key') // Set { '2023-07-11-storm-0558-signing-key-intrusion' }
 */
export function createEventSearch(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): EventSearch {
  return toEventSearch(buildIndex(options));
}

/** The fields the search reads of each event. */
interface SearchDocument {
  id: string;
  title: string;
  summary: string;
  notes: string;
  people: string;
}

/**
 * The index's settings. A serialised index is read back with the same ones, so the explorer
 * (which loads the index the build wrote) and the widget (which builds it from the export)
 * match words in the same way.
 */
const SEARCH_OPTIONS: Options<SearchDocument> = {
  fields: ['title', 'summary', 'notes', 'people'],
  processTerm: (term: string) => foldText(term),
  searchOptions: {
    boost: { title: 3, people: 2 },
    prefix: true,
    fuzzy: (term: string) => (term.length > 5 ? 0.15 : 0),
    combineWith: 'AND',
  },
};

function buildIndex(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): MiniSearch<SearchDocument> {
  const actorNames = new Map(
    options.actors.map((actor) => [actor.id, `${actor.name.de} ${actor.name.en}`]),
  );
  const index = new MiniSearch<SearchDocument>(SEARCH_OPTIONS);
  index.addAll(
    options.events.map((event) => ({
      id: event.id,
      title: `${event.title.de} ${event.title.en}`,
      summary: `${event.summary.de} ${event.summary.en}`,
      notes: event.notes ? `${event.notes.de} ${event.notes.en}` : '',
      people: [
        ...event.actors.map((id) => actorNames.get(id) ?? id),
        ...event.sources.map((source) => source.publisher),
      ].join(' '),
    })),
  );
  return index;
}

function toEventSearch(index: MiniSearch<SearchDocument>): EventSearch {
  return (query) => new Set(index.search(query).map((result) => String(result.id)));
}

/** The name and version of a serialised search index; a reader refuses other versions. */
const SEARCH_INDEX_FORMAT = { format: 'chronik-search-index', version: 1 } as const;

/** A search index as the site publishes it (`/data/search-index.json`). */
export interface SearchIndexJson {
  format: typeof SEARCH_INDEX_FORMAT.format;
  version: typeof SEARCH_INDEX_FORMAT.version;
  /** MiniSearch's own serialisation of the index. */
  index: unknown;
}

/**
 * Builds the search index once (at build time) for {@link loadEventSearch} to read back in a
 * browser, which then need not index every event's texts on its main thread.
 */
export function toSearchIndex(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): SearchIndexJson {
  return { ...SEARCH_INDEX_FORMAT, index: buildIndex(options).toJSON() };
}

/**
 * Reads a search index written by {@link toSearchIndex}: the same matching as
 * {@link createEventSearch} over the same events.
 *
 * @throws TypeError naming what it found when the value is not a search index of this
 *   version (rebuild the site so index and pages match).
 */
export function loadEventSearch(json: unknown): EventSearch {
  const value = json as Partial<SearchIndexJson> | null;
  if (
    value?.format !== SEARCH_INDEX_FORMAT.format ||
    value.version !== SEARCH_INDEX_FORMAT.version
  ) {
    throw new TypeError(
      `not a Chronik search index of version ${SEARCH_INDEX_FORMAT.version} (format "${String(value?.format)}", version ${String(value?.version)}); rebuild the site so index and pages match`,
    );
  }
  return toEventSearch(
    MiniSearch.loadJS(value.index as Parameters<typeof MiniSearch.loadJS>[0], SEARCH_OPTIONS),
  );
}
