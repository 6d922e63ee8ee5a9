import { error } from '@sveltejs/kit';
import { getSiteData } from '$lib/server/dataset';
import { getSearchIndex } from '$lib/server/search-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
  const { dataset } = await getSiteData();
  return getSearchIndex(dataset).parts.map((_, n) => ({ part: String(n) }));
};

/** One part of the search index (see `/data/search-index.json`). */
export const GET: RequestHandler = async ({ params }) => {
  const { dataset } = await getSiteData();
  const part = /^\d+$/.test(params.part)
    ? getSearchIndex(dataset).parts[Number(params.part)]
    : undefined;
  if (!part) error(404, `no part ${params.part} of the search index`);
  return new Response(JSON.stringify(part), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
