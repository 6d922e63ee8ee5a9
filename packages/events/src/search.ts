/**
 * Full-text search over both languages, the same everywhere: the explorer, the widget and the
 * CLI find the same events for the same words (matching: `search-match.ts`).
 *
 * A site publishes its index in parts: `search-index.json` is the table of contents (the
 * events' ids and the parts), and each part (`search-index/<n>.json`) holds the words that
 * begin with the same two characters, with the events that contain them. A browser fetches
 * the table and the one part each word of a query needs (a few per cent of the whole at
 * 10,000 events), instead of the whole index before its first result; the parts find exactly
 * what `createEventSearch` finds.
 *
 * @module
 */
import SearchableMap from 'minisearch/SearchableMap';
import type { Actor, ChronikEvent } from './schema.js';
import {
  indexEventTerms,
  matchQuery,
  searchPartKey,
  toSearchTerms,
  type SearchTree,
} from './search-match.js';

export { foldText } from './search-match.js';

/** Finds the ids of the events that match some words. */
export type EventSearch = (query: string) => ReadonlySet<string>;

/**
 * A full-text search over both languages: titles, summaries, notes, actor names and source
 * publishers, so a German and an English word both find an event, whatever the reader's
 * language. Every word must match; case, accents and `ß`/`ss` are ignored; a word also finds
 * longer words it begins ("Signatur" finds "Signaturschlüssel"), and small typos are
 * forgiven in words of more than five letters (not in their first two letters). The explorer
 * and the widget both search this way, so the same words find the same events everywhere.
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
  const tree = indexEventTerms(options);
  const ids = options.events.map((event) => event.id);
  const trees = [tree];
  return (query) => new Set([...matchQuery(query, () => trees)].map((p) => ids[p]!));
}

const INDEX_FORMAT = { format: 'chronik-search-index', version: 2 } as const;
const PART_FORMAT = { format: 'chronik-search-part', version: 2 } as const;

/**
 * `/data/search-index.json`: what the parts are and which events they speak of.
 *
 * @public
 */
export interface SearchIndexJson {
  format: typeof INDEX_FORMAT.format;
  version: typeof INDEX_FORMAT.version;
  /** The events' ids, in the dataset's order; parts name events by their position here. */
  ids: string[];
  /** Each part's key (the first two characters of its words), sorted; part `n` is {@link searchPartPath}(n). */
  parts: string[];
}

/**
 * `/data/search-index/<n>.json`: the words of one key and the events that contain them.
 *
 * @public
 */
export interface SearchPartJson {
  format: typeof PART_FORMAT.format;
  version: typeof PART_FORMAT.version;
  key: string;
  /**
   * Each word, with the positions (in {@link SearchIndexJson.ids}) of the events that contain
   * it, ascending, each written as its difference from the one before (the first from 0).
   */
  terms: [string, number[]][];
}

/**
 * Where part `n` of an index lies, relative to its table of contents.
 *
 * @public
 */
export function searchPartPath(n: number): string {
  return `search-index/${n}.json`;
}

/** Builds the table of contents and the parts (at build time); deterministic. */
export function toSearchIndex(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): { index: SearchIndexJson; parts: SearchPartJson[] } {
  const byKey = new Map<string, [string, number[]][]>();
  for (const [term, positions] of indexEventTerms(options)) {
    const deltas = positions.map((p, i) => p - (i > 0 ? positions[i - 1]! : 0));
    const key = searchPartKey(term);
    const terms = byKey.get(key);
    if (terms) terms.push([term, deltas]);
    else byKey.set(key, [[term, deltas]]);
  }
  const keys = [...byKey.keys()].sort();
  const ids = options.events.map((event) => event.id);
  return {
    index: { ...INDEX_FORMAT, ids, parts: keys },
    parts: keys.map((key) => ({
      ...PART_FORMAT,
      key,
      terms: byKey.get(key)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    })),
  };
}

/**
 * A table of contents read by {@link readSearchIndex}.
 *
 * @public
 */
export interface SearchIndex {
  ids: readonly string[];
  parts: readonly string[];
  /** Each part's number by its key. */
  partOf: ReadonlyMap<string, number>;
}

/** One part read by {@link readSearchPart}. */
export type SearchPart = SearchTree;

const stale = 'rebuild the site so the index and its parts match';

function refuse(what: string, found: unknown): never {
  throw new TypeError(`not a Chronik search ${what} of version 2 (${String(found)}); ${stale}`);
}

/**
 * Reads a table of contents written by {@link toSearchIndex}.
 *
 * @throws TypeError naming what it found when the value is not one of this version.
 */
export function readSearchIndex(json: unknown): SearchIndex {
  const value = json as Partial<SearchIndexJson> | null;
  if (value?.format !== INDEX_FORMAT.format || value.version !== INDEX_FORMAT.version) {
    refuse('index', `format "${String(value?.format)}", version ${String(value?.version)}`);
  }
  const { ids, parts } = value;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string')) refuse('index', 'ids');
  if (!Array.isArray(parts) || !parts.every((key) => typeof key === 'string')) {
    refuse('index', 'parts');
  }
  return { ids, parts, partOf: new Map(parts.map((key, n) => [key, n])) };
}

/** The parts a word is looked up in: its key's, or, for one character, every key it begins. */
function partsForWord(index: SearchIndex, word: string): number[] {
  if (Array.from(word).length >= 2) {
    const n = index.partOf.get(searchPartKey(word));
    return n === undefined ? [] : [n];
  }
  const parts: number[] = [];
  index.parts.forEach((key, n) => {
    if (key.startsWith(word)) parts.push(n);
  });
  return parts;
}

/** The numbers of the parts a query needs, ascending. */
export function searchIndexPartsFor(index: SearchIndex, query: string): number[] {
  const needed = new Set(toSearchTerms(query).flatMap((word) => partsForWord(index, word)));
  return [...needed].sort((a, b) => a - b);
}

/**
 * Reads part `n` of an index, checking that every event it names is in the table.
 *
 * @throws TypeError naming what is wrong (another version, another key, a position out of range).
 */
export function readSearchPart(json: unknown, index: SearchIndex, n: number): SearchPart {
  const value = json as Partial<SearchPartJson> | null;
  if (value?.format !== PART_FORMAT.format || value.version !== PART_FORMAT.version) {
    refuse('index part', `format "${String(value?.format)}", version ${String(value?.version)}`);
  }
  if (value.key !== index.parts[n]) {
    refuse('index part', `key "${String(value.key)}" where part ${n} is "${index.parts[n]}"`);
  }
  if (!Array.isArray(value.terms)) refuse('index part', 'terms');
  const tree: SearchPart = new SearchableMap();
  for (const entry of value.terms) {
    const [term, deltas] = Array.isArray(entry) ? entry : [];
    if (typeof term !== 'string' || !Array.isArray(deltas)) refuse('index part', 'a term');
    let position = 0;
    const positions = deltas.map((delta) => {
      position += delta;
      if (!Number.isInteger(position) || position < 0 || position >= index.ids.length) {
        refuse('index part', `the word "${term}" names event ${position}`);
      }
      return position;
    });
    tree.set(term, positions);
  }
  return tree;
}

/**
 * The ids of the events that match a query (as `createEventSearch` matches), from the parts
 * loaded so far; `undefined` while a part the query needs ({@link searchIndexPartsFor}) is
 * missing.
 */
export function searchInParts(
  index: SearchIndex,
  parts: ReadonlyMap<number, SearchPart>,
  query: string,
): ReadonlySet<string> | undefined {
  if (searchIndexPartsFor(index, query).some((n) => !parts.has(n))) return undefined;
  const treesFor = (word: string) => partsForWord(index, word).map((n) => parts.get(n)!);
  return new Set([...matchQuery(query, treesFor)].map((p) => index.ids[p]!));
}
