import { toEventList } from '@chronik/events';
import { getSiteData } from '$lib/server/dataset';

export const prerender = true;

/**
 * Every event's listed fields, compact and columnar (`@chronik/events`, `event-list.ts`): what
 * the explorer loads to list, filter and draw every event (the texts come in chunks), and,
 * with the title and the categories, all the embed widget loads.
 */
export async function GET(): Promise<Response> {
  const { dataset, index } = await getSiteData();
  const list = toEventList(index.events, {
    datasetVersion: dataset.info.version,
    title: dataset.info.title,
    categories: dataset.categories,
  });
  return new Response(JSON.stringify(list), {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
