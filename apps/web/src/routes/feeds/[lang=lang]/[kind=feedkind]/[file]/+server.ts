import { error } from '@sveltejs/kit';
import { getDataset } from '$lib/server/dataset';
import { feedEntries, feedResponse, parseFeedFile } from '$lib/server/feeds';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;
export const entries: EntryGenerator = async () => {
  const dataset = await getDataset();
  return [...feedEntries(dataset, 'category'), ...feedEntries(dataset, 'storyline')];
};

/**
 * A category's or storyline's events as Atom, JSON Feed or iCalendar, in one language:
 * `/feeds/de/category/security.atom`, `/feeds/en/storyline/delos-cloud.ics`.
 */
export const GET: RequestHandler = async ({ params }) => {
  const file = parseFeedFile(params.file);
  const response =
    file && (await feedResponse(params.lang, { kind: params.kind, id: file.name }, file.format));
  if (!response) error(404, `No ${params.kind} feed ${params.file}`);
  return response;
};
