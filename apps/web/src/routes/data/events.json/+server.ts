import { toDatasetExport } from '@chronik/events';
import { getDataset } from '$lib/server/dataset';

export const prerender = true;

/** The whole dataset as one JSON document (the same as `chronik export --format json`). */
export async function GET(): Promise<Response> {
  const document = toDatasetExport({ dataset: await getDataset(), generatedAt: new Date() });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
