import { getSiteData } from '$lib/server/dataset';
import { getSearchIndex } from '$lib/server/search-index';

export const prerender = true;

/**
 * The search index's table of contents: the events' ids and the parts, each of which holds
 * the words beginning with two given characters (`/data/search-index/<n>.json`). The explorer
 * and the widget fetch it and then only the parts the words searched for need; they match
 * words exactly as `createEventSearch` does (`@chronik/events/search`).
 */
export async function GET(): Promise<Response> {
  const { dataset } = await getSiteData();
  return new Response(JSON.stringify(getSearchIndex(dataset).index), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
