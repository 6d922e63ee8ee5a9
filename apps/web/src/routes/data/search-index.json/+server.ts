import { getSiteData } from '$lib/server/dataset';
import { getSearchIndex } from '$lib/server/search-index';

export const prerender = true;

/**
 * The search index's table of contents: which events it was built for (those of
 * `/data/event-list.json`, in its order) and the keys of its parts, each of which holds the
 * words beginning with two given characters (`/data/search-index/<key as code points>.json`).
 * The explorer and the widget fetch it together with the parts the words searched for need;
 * they match words exactly as `createEventSearch` does (`@chronik/events/search`).
 */
export async function GET(): Promise<Response> {
  const { dataset } = await getSiteData();
  return new Response(JSON.stringify(getSearchIndex(dataset).index), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
