import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => {
  const { events } = await getDataset();
  return (['de', 'en'] as const).flatMap((lang) => events.map((event) => ({ lang, id: event.id })));
};

/** oEmbed for one event: the widget with that event selected. */
export const GET: RequestHandler = async ({ params }) => {
  const { events } = await getDataset();
  const event = events.find((candidate) => candidate.id === params.id);
  if (!event) error(404, `No event ${params.id}`);
  return oembedResponse({
    title: event.title[params.lang],
    query: `lang=${params.lang}&event=${encodeURIComponent(event.id)}`,
  });
};
