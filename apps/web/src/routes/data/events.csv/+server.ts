import { toEventsCsv } from '@chronik/events/formats';
import { getSiteData } from '$lib/server/dataset';

export const prerender = true;

/** Every event as one CSV row (the same as `chronik export --format csv`; columns in `csv.ts`). */
export async function GET(): Promise<Response> {
  const { dataset } = await getSiteData();
  return new Response(toEventsCsv(dataset.events), {
    headers: { 'content-type': 'text/csv; charset=utf-8; header=present' },
  });
}
