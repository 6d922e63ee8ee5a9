import MiniSearch from 'minisearch';
import { foldText, type Actor, type ChronikEvent } from '@chronik/events';

/**
 * A full-text index over both languages: titles, summaries, notes, actor names and source
 * publishers, so a German and an English word both find an event, whatever the page language.
 * Prefix matching finds "Schlüssel" from "schlü"; small typos are forgiven in longer words.
 */
export function createSearchIndex(options: {
  events: readonly ChronikEvent[];
  actors: readonly Actor[];
}): (query: string) => Set<string> {
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
