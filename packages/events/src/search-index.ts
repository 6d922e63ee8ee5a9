/**
 * The search index a site publishes in parts (see `search.ts`): its files' format, and
 * reading them back (`search-loader.ts` fetches them). Their JSON Schemas, published as
 * `/schema/search-index.schema.json` and `/schema/search-part.schema.json`, are made from
 * `search-index-schema.ts`.
 *
 * @module
 */
import SearchableMap from 'minisearch/SearchableMap';
import { INDEX_FORMAT, PART_FORMAT } from './internal/search-formats.js';
import type { Actor, ChronikEvent } from './schema.js';
import {
  indexEventTerms,
  matchQuery,
  searchPartKey,
  toSearchTerms,
  type Postings,
  type SearchTree,
} from './search-match.js';

/**
 * `/data/search-index.json`: which parts there are and which events they speak of.
 *
 * @public
 */
export interface SearchIndexJson {
  format: typeof INDEX_FORMAT.format;
  version: typeof INDEX_FORMAT.version;
  /**
   * The events the parts name by position: the site's event list, in its order. Their number
   * and {@link checksumIds} of their ids, so that a reader can tell an index built for other
   * data (an old copy in a cache, say).
   */
  events: { count: number; checksum: string };
  /** Each part's key (the first two characters of its words), sorted; see {@link searchPartPath}. */
  parts: string[];
}

/**
 * `/data/search-index/<name>.json`: the words of one key and the events that contain them.
 *
 * @public
 */
export interface SearchPartJson {
  format: typeof PART_FORMAT.format;
  version: typeof PART_FORMAT.version;
  key: string;
  /**
   * Each word, with the positions (in the event list) of the events that contain it
   * ({@link SearchPostings}).
   */
  terms: [string, SearchPostings][];
}

/**
 * The positions of the events that contain a word, in whichever of two forms is shorter:
 * ascending, each written as its difference from the one before (the first from 0), as
 * numbers; or, for a word in many events ("der", "und"), as a string of Base64: a bitmap of
 * one bit per event of the list (`count` bits, the last byte filled with zeros), the event at
 * position `i` in bit `i % 8` (least significant first) of byte `⌊i / 8⌋`.
 *
 * @public
 */
export type SearchPostings = number[] | string;

/** The shorter of the two forms of {@link SearchPostings} in JSON (the differences if equal). */
function toPostings(positions: readonly number[], count: number): SearchPostings {
  const deltas = positions.map((p, i) => p - (i > 0 ? positions[i - 1]! : 0));
  const bytes = Math.ceil(count / 8);
  // The Base64 of `bytes` bytes and two quotes, against the numbers, their commas and brackets.
  if (4 * Math.ceil(bytes / 3) + 2 >= JSON.stringify(deltas).length) return deltas;
  const bits = new Uint8Array(bytes);
  for (const p of positions) bits[p >> 3]! |= 1 << (p & 7);
  let binary = '';
  for (const byte of bits) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * The events {@link SearchPostings} stand for, checked to name only events of a list of
 * `count`; or what is wrong with them. A bitmap is checked whole (its length, its alphabet,
 * its last byte) and decoded when a query first finds its word: a part's common words ("der",
 * "million") are most of its size, and most queries do not need them.
 */
function readPostings(postings: unknown, count: number): Postings | string {
  if (Array.isArray(postings)) {
    const positions: number[] = [];
    let position = 0;
    for (const delta of postings) {
      position += delta as number;
      if (!Number.isInteger(position) || position < 0 || position >= count) {
        return `names event ${position}`;
      }
      positions.push(position);
    }
    return positions;
  }
  if (typeof postings !== 'string') return 'has no events';
  // Base64 of one bit per event, of exactly the length that takes.
  if (postings.length !== 4 * Math.ceil(count / 24) || !/^[A-Za-z0-9+/]*={0,2}$/.test(postings)) {
    return `has no bitmap of ${count} events in Base64`;
  }
  // The bits past the last event, in the last byte, are zeros.
  const tail = atob(postings.slice(-4));
  const last = tail.charCodeAt(tail.length - 1) >> (count % 8 || 8);
  if (last !== 0) return `names event ${count + 31 - Math.clz32(last)}`;
  let positions: number[] | undefined;
  return () => (positions ??= decodeBitmap(postings));
}

/** The positions of a bitmap's set bits, ascending. */
function decodeBitmap(postings: string): number[] {
  const binary = atob(postings);
  const positions: number[] = [];
  for (let i = 0; i < binary.length; i++) {
    // Each set bit, lowest first: the lowest is `byte & -byte`, removed by `byte & (byte - 1)`.
    for (let byte = binary.charCodeAt(i); byte !== 0; byte &= byte - 1) {
      positions.push(i * 8 + 31 - Math.clz32(byte & -byte));
    }
  }
  return positions;
}

/**
 * Where the part of a key lies, relative to the table of contents: named after the key's
 * characters as hexadecimal code points ("si" is `search-index/73-69.json`), so that a reader
 * can ask for a word's part before the table arrives, and any script makes a safe file name.
 *
 * @public
 */
export function searchPartPath(key: string): string {
  const name = Array.from(key, (c) => c.codePointAt(0)!.toString(16)).join('-');
  return `search-index/${name}.json`;
}

/**
 * A checksum of a list of ids in their order (32-bit FNV-1a over the ids' UTF-16 code units,
 * each id followed by a line break; eight hexadecimal digits): what ties an index to the event list it was built for.
 *
 * @public
 */
export function checksumIds(ids: readonly string[]): string {
  let hash = 0x811c9dc5;
  for (const id of ids) {
    for (let i = 0; i <= id.length; i++) {
      hash ^= i < id.length ? id.charCodeAt(i) : 10;
      hash = Math.imul(hash, 0x01000193);
    }
  }
  return (hash >>> 0).toString(16).padStart(8, '0');
}

/**
 * Builds the table of contents and the parts (at build time); deterministic.
 *
 * @param options.events - in the order of the event list the site publishes: the parts name
 *   events by their position there
 */
export function toSearchIndex(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): { index: SearchIndexJson; parts: SearchPartJson[] } {
  const byKey = new Map<string, [string, SearchPostings][]>();
  const count = options.events.length;
  for (const [term, positions] of indexEventTerms(options)) {
    const postings = toPostings(positions, count);
    const key = searchPartKey(term);
    const terms = byKey.get(key);
    if (terms) terms.push([term, postings]);
    else byKey.set(key, [[term, postings]]);
  }
  const keys = [...byKey.keys()].sort();
  const ids = options.events.map((event) => event.id);
  return {
    index: {
      ...INDEX_FORMAT,
      events: { count: ids.length, checksum: checksumIds(ids) },
      parts: keys,
    },
    parts: keys.map((key) => ({
      ...PART_FORMAT,
      key,
      terms: byKey.get(key)!.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)),
    })),
  };
}

/**
 * A table of contents read by {@link readSearchIndex}, with the ids its positions stand for.
 *
 * @public
 */
export interface SearchIndex {
  /** The events' ids, in the event list's order. */
  ids: readonly string[];
  /** The parts' keys, sorted. */
  parts: readonly string[];
  has: (key: string) => boolean;
}

/** One part read by {@link readSearchPart}. */
export type SearchPart = SearchTree;

const stale = 'rebuild the site so the index and its parts match';

function refuse(what: string, version: number, found: unknown): never {
  throw new TypeError(
    `not a Chronik search ${what} of version ${version} (${String(found)}); ${stale}`,
  );
}

/**
 * Reads a table of contents written by {@link toSearchIndex}, for the events of an event list.
 *
 * @param ids - the ids of the event list's events, in its order
 * @param checksum - their {@link checksumIds}, if already made
 * @throws TypeError naming what it found when the value is not one of this version, or was
 *   built for other events than `ids`.
 */
export function readSearchIndex(
  json: unknown,
  ids: readonly string[],
  checksum: string = checksumIds(ids),
): SearchIndex {
  const value = json as Partial<SearchIndexJson> | null;
  if (value?.format !== INDEX_FORMAT.format || value.version !== INDEX_FORMAT.version) {
    refuse(
      'index',
      INDEX_FORMAT.version,
      `format "${String(value?.format)}", version ${String(value?.version)}`,
    );
  }
  const { events, parts } = value;
  if (!Array.isArray(parts) || !parts.every((key) => typeof key === 'string')) {
    refuse('index', INDEX_FORMAT.version, 'parts');
  }
  if (events?.count !== ids.length || events.checksum !== checksum) {
    throw new TypeError(
      `the search index was built for other events (${String(events?.count)} events, checksum ${String(events?.checksum)}) than the event list (${ids.length} events, checksum ${checksum}); rebuild the site, or reload if a cache kept an old copy`,
    );
  }
  const keys = new Set(parts);
  return { ids, parts, has: (key) => keys.has(key) };
}

/** The parts a word is looked up in: its key's, or, for one character, every key it begins. */
function partsForWord(index: SearchIndex, word: string): string[] {
  if (Array.from(word).length >= 2) {
    const key = searchPartKey(word);
    return index.has(key) ? [key] : [];
  }
  return index.parts.filter((key) => key.startsWith(word));
}

/**
 * The keys of the parts a query needs, sorted. Without the table of contents, those its
 * words of two or more characters would need (some of which may not exist), and `undefined`
 * when a single letter needs the table to tell which parts it begins.
 *
 * @public
 */
export function searchPartsFor(
  index: SearchIndex | undefined,
  query: string,
): string[] | undefined {
  const words = toSearchTerms(query);
  if (!index) {
    if (words.some((word) => Array.from(word).length < 2)) return undefined;
    return [...new Set(words.map(searchPartKey))].sort();
  }
  return [...new Set(words.flatMap((word) => partsForWord(index, word)))].sort();
}

/**
 * Reads the part of a key, checking that every event it names is in the table.
 *
 * @throws TypeError naming what is wrong (another version, another key, a position out of range).
 */
export function readSearchPart(json: unknown, index: SearchIndex, key: string): SearchPart {
  const value = json as Partial<SearchPartJson> | null;
  const wrong: (found: string) => never = (found) =>
    refuse('index part', PART_FORMAT.version, found);
  if (value?.format !== PART_FORMAT.format || value.version !== PART_FORMAT.version) {
    wrong(`format "${String(value?.format)}", version ${String(value?.version)}`);
  }
  if (value.key !== key) wrong(`key "${String(value.key)}" where "${key}" was asked for`);
  if (!Array.isArray(value.terms)) wrong('terms');
  const count = index.ids.length;
  const tree: SearchPart = new SearchableMap();
  for (const entry of value.terms) {
    const [term, postings] = Array.isArray(entry) ? entry : [];
    if (typeof term !== 'string') wrong('a term');
    const positions = readPostings(postings, count);
    if (typeof positions === 'string') wrong(`the word "${term}" ${positions}`);
    tree.set(term, positions);
  }
  return tree;
}

/**
 * The ids of the events that match a query (as `createEventSearch` matches), from the parts
 * loaded so far; `undefined` while a part the query needs ({@link searchPartsFor}) is missing.
 */
export function searchInParts(
  index: SearchIndex,
  parts: ReadonlyMap<string, SearchPart>,
  query: string,
): ReadonlySet<string> | undefined {
  const needed = searchPartsFor(index, query)!;
  if (needed.some((key) => !parts.has(key))) return undefined;
  const treesFor = (word: string) => partsForWord(index, word).map((key) => parts.get(key)!);
  const found = new Set<string>();
  for (const position of matchQuery(query, treesFor)) found.add(index.ids[position]!);
  return found;
}
