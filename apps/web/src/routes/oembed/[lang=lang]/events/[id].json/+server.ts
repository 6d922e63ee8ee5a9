import { error } from '@sveltejs/kit';
import { DEFAULT_DISPLAY, toEmbedQuery } from '@chronik/embed';
import { EMPTY_VIEW_STATE } from '@chronik/events';
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
    query: toEmbedQuery({
      state: { ...EMPTY_VIEW_STATE, event: event.id },
      display: { ...DEFAULT_DISPLAY, lang: params.lang },
    }),
  });
};
