/**
 * How words are matched, shared by the search built in memory (`search.ts`) and the one read
 * from a site's published parts (`search.ts`): the words of every event in a radix tree
 * (MiniSearch's `SearchableMap`, which also finds words by prefix and with typos), each word
 * of a query looked up there, every word required.
 *
 * @module
 */
import SearchableMap from 'minisearch/SearchableMap';
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

/** Words are separated by spaces, line breaks and punctuation (as MiniSearch splits them). */
const SEPARATOR = /[\n\r\p{Z}\p{P}]+/u;

/** The folded words of a text, each once. */
export function toSearchTerms(text: string): string[] {
  return [...new Set(text.split(SEPARATOR).map(foldText).filter(Boolean))];
}

/**
 * Which part of a published index holds a word: its first two characters. A word is found by
 * prefix and with typos only among the words of its own part, so that one part answers it.
 */
export function searchPartKey(term: string): string {
  return Array.from(term).slice(0, 2).join('');
}

/**
 * The events (by position) that contain a word, ascending; or a function that gives them,
 * for a published part's words, which are decoded only when a query finds them.
 */
export type Postings = readonly number[] | (() => readonly number[]);

/** Every word of the events and the events that contain it. */
export type SearchTree = SearchableMap<Postings>;

/**
 * The words that find an event: its title, summary and notes in both languages, the names of
 * its actors in both languages (an actor missing from the registry by its id) and the
 * publishers of its sources.
 */
export function indexEventTerms(options: {
  events: readonly ChronikEvent[];
  actors: readonly Pick<Actor, 'id' | 'name'>[];
}): SearchableMap<number[]> {
  const names = new Map(options.actors.map((a) => [a.id, `${a.name.de} ${a.name.en}`]));
  const tree = new SearchableMap<number[]>();
  options.events.forEach((event, position) => {
    const text = [
      event.title.de,
      event.title.en,
      event.summary.de,
      event.summary.en,
      event.notes?.de ?? '',
      event.notes?.en ?? '',
      ...event.actors.map((id) => names.get(id) ?? id),
      ...event.sources.map((source) => source.publisher),
    ].join(' ');
    for (const term of toSearchTerms(text)) tree.fetch(term, () => []).push(position);
  });
  return tree;
}

function read(postings: Postings): readonly number[] {
  return typeof postings === 'function' ? postings() : postings;
}

/** Typos forgiven in a word: none up to five letters, then about one per seven letters. */
function typosAllowed(word: string): number {
  return word.length > 5 ? Math.min(6, Math.round(word.length * 0.15)) : 0;
}

/** The positions of the events with a word that begins with `word` or is a near miss of it. */
function matchWord(trees: readonly SearchTree[], word: string): Set<number> {
  const found = new Set<number>();
  const typos = typosAllowed(word);
  const key = searchPartKey(word);
  for (const tree of trees) {
    for (const [, postings] of tree.atPrefix(word)) for (const p of read(postings)) found.add(p);
    if (typos === 0) continue;
    for (const [term, [postings]] of tree.fuzzyGet(word, typos)) {
      if (searchPartKey(term) === key) for (const p of read(postings)) found.add(p);
    }
  }
  return found;
}

/**
 * The positions of the events that match every word of `query` (see
 * `createEventSearch`), looking each word up in the trees `treesFor` gives for it.
 * Words are matched as folded by {@link foldText}; a query without words finds nothing.
 */
export function matchQuery(
  query: string,
  treesFor: (word: string) => readonly SearchTree[],
): ReadonlySet<number> {
  const words = toSearchTerms(query);
  if (words.length === 0) return new Set();
  let result: Set<number> | undefined;
  for (const word of words) {
    const found = matchWord(treesFor(word), word);
    result = result ? new Set([...result].filter((p) => found.has(p))) : found;
    if (result.size === 0) break;
  }
  return result ?? new Set();
}
