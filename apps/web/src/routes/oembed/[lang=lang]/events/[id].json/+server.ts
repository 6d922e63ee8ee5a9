import { error } from '@sveltejs/kit';
import { getSiteData } from '$lib/server/dataset';
import { oembedResponse } from '$lib/server/oembed';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => {
  const { dataset } = await getSiteData();
  return (['de', 'en'] as const).flatMap((lang) =>
    dataset.events.map((event) => ({ lang, id: event.id })),
  );
};

/** oEmbed for one event: the widget with that event selected. */
export const GET: RequestHandler = async ({ params }) => {
  const event = (await getSiteData()).index.get(params.id);
  if (!event) error(404, `No event ${params.id}`);
  return oembedResponse({
    title: event.title[params.lang],
    query: `lang=${params.lang}&event=${encodeURIComponent(event.id)}`,
  });
};
