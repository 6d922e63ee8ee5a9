import { error } from '@sveltejs/kit';
import { LANGUAGES } from '@chronik/events';
import { getSiteData } from '$lib/server/dataset';
import { countChunks, toEventChunk } from '$lib/server/event-details';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
  const { dataset } = await getSiteData();
  const chunks = Array.from({ length: countChunks(dataset.events) }, (_, n) => String(n));
  return LANGUAGES.flatMap((lang) => chunks.map((chunk) => ({ lang, chunk })));
};

/** The details of one stretch of the event list, in one language (see `event-details.ts`). */
export const GET: RequestHandler = async ({ params }) => {
  const { index } = await getSiteData();
  const chunk = /^\d+$/.test(params.chunk)
    ? toEventChunk(index, params.lang, Number(params.chunk))
    : undefined;
  if (!chunk) error(404, `no chunk ${params.chunk}`);
  return new Response(JSON.stringify(chunk), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
