import { error } from '@sveltejs/kit';
import { toEventSummary, type ChronikEvent } from '@chronik/events';
import { getSiteData } from '$lib/server/dataset';
import { toEventDetails } from '$lib/server/event-details';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const { dataset } = await getSiteData();
  return (['de', 'en'] as const).flatMap((lang) =>
    dataset.events.map((event) => ({ lang, id: event.id })),
  );
};

/** Only the registry entries an event names, not the whole registry. */
function pick<T extends { id: string }>(entries: readonly T[], ids: readonly string[]): T[] {
  const wanted = new Set(ids);
  return entries.filter((entry) => wanted.has(entry.id));
}

/**
 * An event page carries its event, its HTML, the registry entries it names and short
 * summaries of its neighbours and connections: its size does not grow with the dataset.
 */
export const load: PageServerLoad = async ({ params }) => {
  const { dataset, index } = await getSiteData();
  const event: ChronikEvent | undefined = index.get(params.id);
  if (!event) error(404, params.lang === 'de' ? 'Seite nicht gefunden' : 'Page not found');
  const { previous, next } = index.getNeighbours(event.id);
  const { html, related } = toEventDetails(event, params.lang, index);
  return {
    event,
    html,
    categories: pick(dataset.categories, event.categories),
    actors: pick(dataset.actors, event.actors),
    jurisdictions: pick(dataset.jurisdictions, event.jurisdictions),
    threads: pick(dataset.threads, event.threads),
    previous: previous && toEventSummary(previous),
    next: next && toEventSummary(next),
    related,
    // The dataset as a citation names it: its latest change dates an event without a log of
    // its own; the older ones stay out of the page.
    citationInfo: {
      ...dataset.info,
      changes: dataset.info.changes.toSorted((a, b) => a.date.localeCompare(b.date)).slice(-1),
    },
  };
};
