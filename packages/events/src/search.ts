import MiniSearch from 'minisearch';
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
  const actorNames = new Map(
    options.actors.map((actor) => [actor.id, `${actor.name.de} ${actor.name.en}`]),
  );
  const index = new MiniSearch<{
    id: string;
    title: string;
    summary: string;
    notes: string;
    people: string;
  }>({
    fields: ['title', 'summary', 'notes', 'people'],
    processTerm: (term) => foldText(term),
    searchOptions: {
      boost: { title: 3, people: 2 },
      prefix: true,
      fuzzy: (term) => (term.length > 5 ? 0.15 : 0),
      combineWith: 'AND',
    },
  });
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
  return (query) => new Set(index.search(query).map((result) => String(result.id)));
}
