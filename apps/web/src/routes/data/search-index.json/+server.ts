import { toSearchIndex } from '@chronik/events/search';
import { getSiteData } from '$lib/server/dataset';

export const prerender = true;

/**
 * The explorer's search index, built here once rather than in every reader's browser; it
 * matches words exactly as the widget's search does (`@chronik/events/search`).
 */
export async function GET(): Promise<Response> {
  const { dataset } = await getSiteData();
  const index = toSearchIndex({ events: dataset.events, actors: dataset.actors });
  return new Response(JSON.stringify(index), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
