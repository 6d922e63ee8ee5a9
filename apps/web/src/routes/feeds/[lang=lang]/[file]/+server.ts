import { error } from '@sveltejs/kit';
import { LANGUAGES } from '@chronik/events';
import { changesFeedResponse } from '$lib/server/changes';
import { FEED_FORMATS, feedResponse, parseFeedFile } from '$lib/server/feeds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () =>
  LANGUAGES.flatMap((lang) => [
    ...Object.keys(FEED_FORMATS).map((f) => ({ lang, file: `events.${f}` })),
    { lang, file: 'changes.atom' },
  ]);

/**
 * Every event as Atom, JSON Feed or iCalendar, in one language (`/feeds/de/events.atom`), and
 * the change log as Atom (`/feeds/de/changes.atom`).
 */
export const GET: RequestHandler = async ({ params }) => {
  if (params.file === 'changes.atom') return changesFeedResponse(params.lang);
  const file = parseFeedFile(params.file);
  const response =
    file?.name === 'events' && (await feedResponse(params.lang, { kind: 'all' }, file.format));
  if (!response)
    error(
      404,
      `No feed ${params.file}; there are events.atom, events.json, events.ics and changes.atom`,
    );
  return response;
};
