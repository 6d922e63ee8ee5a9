import { error } from '@sveltejs/kit';
import { getNeighbours, getRelatedEvents } from '@chronik/events';
import { getDataset } from '$lib/server/dataset';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = async () => {
  const { events } = await getDataset();
  return (['de', 'en'] as const).flatMap((lang) => events.map((event) => ({ lang, id: event.id })));
};

export const load: PageServerLoad = async ({ params }) => {
  const { events } = await getDataset();
  const event = events.find((candidate) => candidate.id === params.id);
  if (!event) error(404, params.lang === 'de' ? 'Seite nicht gefunden' : 'Page not found');
  const { previous, next } = getNeighbours(events, { id: event.id });
  return {
    event,
    previous: previous && { id: previous.id, title: previous.title },
    next: next && { id: next.id, title: next.title },
    related: getRelatedEvents(events, { id: event.id }),
  };
};
