import { error } from '@sveltejs/kit';
import { LANGUAGES } from '@chronik/events';
import { FEED_FORMATS, feedResponse, parseFeedFile } from '$lib/server/feeds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
  LANGUAGES.flatMap((lang) =>
    Object.keys(FEED_FORMATS).map((f) => ({ lang, file: `events.${f}` })),
  );

/** Every event as Atom, JSON Feed or iCalendar, in one language: `/feeds/de/events.atom`. */
export const GET: RequestHandler = async ({ params }) => {
  const file = parseFeedFile(params.file);
  const response =
    file?.name === 'events' && (await feedResponse(params.lang, { kind: 'all' }, file.format));
  if (!response)
    error(404, `No feed ${params.file}; there are events.atom, events.json and events.ics`);
  return response;
};
