import { error } from '@sveltejs/kit';
import { getJsonSchemas } from '@chronik/events';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
  Object.keys(getJsonSchemas()).map((file) => ({ file }));

/** The JSON Schemas of the data formats, at the addresses the data files and exports name. */
export const GET: RequestHandler = ({ params }) => {
  const schema = getJsonSchemas()[params.file];
  if (!schema) error(404, `No schema ${params.file}`);
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'content-type': 'application/schema+json' },
  });
};
