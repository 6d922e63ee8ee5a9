import { LANGUAGES } from '@chronik/events';
import { toTimelineJs } from '@chronik/events/formats';
import { getDataset } from '$lib/server/dataset';
import { SITE_URL } from '$lib/server/site';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = () => LANGUAGES.map((lang) => ({ lang }));

/** Every event as a TimelineJS 3 document in one language: `/data/timelinejs.de.json`. */
export const GET: RequestHandler = async ({ params }) => {
  const dataset = await getDataset();
  const document = toTimelineJs({
    info: dataset.info,
    events: dataset.events,
    categories: dataset.categories,
    lang: params.lang,
    siteUrl: SITE_URL,
  });
  return new Response(`${JSON.stringify(document)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
