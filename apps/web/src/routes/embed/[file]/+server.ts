import { error } from '@sveltejs/kit';
import search from '@chronik/embed/chronik-search.js?raw';
import widget from '@chronik/embed/chronik-timeline.js?raw';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * The <chronik-timeline> web component at a stable address, and the search it loads beside
 * itself when a widget has words to find. Host pages load it with
 * `<script type="module" src="…/embed/chronik-timeline.js">`; it finds the data at
 * `…/data/events.json` next to it.
 */
const FILES: Record<string, string> = {
  'chronik-timeline.js': widget,
  'chronik-search.js': search,
};

export const entries: EntryGenerator = () => Object.keys(FILES).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
  const body = FILES[params.file];
  if (body === undefined) error(404, `No file ${params.file}`);
  return new Response(body, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
};
