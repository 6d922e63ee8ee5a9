import { toDatasetExport } from '@chronik/events';
import { getSiteData } from '$lib/server/dataset';

export const prerender = true;

/** The whole dataset as one JSON document (the same as `chronik export --format json`). */
export async function GET(): Promise<Response> {
  const { dataset, stamp } = await getSiteData();
  // Dated by the build stamp, not the clock: the same data always gives the same file.
  const document = toDatasetExport({ dataset, generatedAt: stamp });
  return new Response(`${JSON.stringify(document, null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
}
