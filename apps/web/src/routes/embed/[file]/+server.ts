import { error } from '@sveltejs/kit';
import download from '@chronik/embed/chronik-download.js?raw';
import exportCheck from '@chronik/embed/chronik-export.js?raw';
import search from '@chronik/embed/chronik-search.js?raw';
import widgetSbom from '@chronik/embed/chronik-timeline.cdx.json?raw';
import widget from '@chronik/embed/chronik-timeline.js?raw';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

/**
 * The <chronik-timeline> web component at a stable address, and what it loads beside itself
 * when needed: the search, for a widget with words to find, the export check, for a widget
 * given a whole export, and the download, for a reader who asks for a file of the view. Host pages load it with
 * `<script type="module" src="…/embed/chronik-timeline.js">`; it finds the data at
 * `…/data/event-list.json` next to it. Beside them, the CycloneDX SBOM of what these files
 * contain (issue 11).
 */
const FILES: Record<string, string> = {
  'chronik-timeline.js': widget,
  'chronik-search.js': search,
  'chronik-export.js': exportCheck,
  'chronik-download.js': download,
  'chronik-timeline.cdx.json': widgetSbom,
};

export const entries: EntryGenerator = () => Object.keys(FILES).map((file) => ({ file }));

export const GET: RequestHandler = ({ params }) => {
  const body = FILES[params.file];
  if (body === undefined) error(404, `No file ${params.file}`);
  const type = params.file.endsWith('.json')
    ? 'application/json; charset=utf-8'
    : 'text/javascript; charset=utf-8';
  return new Response(body, { headers: { 'content-type': type } });
};
