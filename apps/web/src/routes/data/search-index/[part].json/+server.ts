import { error } from '@sveltejs/kit';
import { getSiteData } from '$lib/server/dataset';
import { getSearchIndex } from '$lib/server/search-index';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
  const { dataset } = await getSiteData();
  return [...getSearchIndex(dataset).byName.keys()].map((part) => ({ part }));
};

/** One part of the search index, named after its key (see `/data/search-index.json`). */
export const GET: RequestHandler = async ({ params }) => {
  const { dataset } = await getSiteData();
  const part = getSearchIndex(dataset).byName.get(params.part);
  if (!part) error(404, `no part ${params.part} of the search index`);
  return new Response(JSON.stringify(part), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
