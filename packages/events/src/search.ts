/**
 * Full-text search over both languages, the same everywhere: the explorer, the widget and the
 * CLI find the same events for the same words (matching: `search-match.ts`).
 *
 * A site publishes its index in parts: `search-index.json` is the table of contents (which
 * parts there are, and which events they speak of), and each part
 * (`search-index/<name>.json`, named after its key) holds the words that begin with the same
 * two characters, with the events that contain them, by their position in the site's event
 * list. A browser fetches the one part each word of a query needs (a few per cent of the whole
 * at 10,000 events), at the same time as the small table, instead of the whole index before
 * its first result; the parts find exactly what `createEventSearch` finds.
 *
 * @module
 */
import type { Actor, ChronikEvent } from './schema.js';
import { indexEventTerms, matchQuery } from './search-match.js';

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

export * from './search-index.js';
export { SearchIndexLoader } from './search-loader.js';
