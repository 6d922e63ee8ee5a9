import widget from '@chronik/embed/chronik-timeline.js?raw';

export const prerender = true;

/**
 * The <chronik-timeline> web component at a stable address. Host pages load it with
 * `<script type="module" src="…/embed/chronik-timeline.js">`; it finds the data at
 * `…/data/events.json` next to it.
 */
export function GET(): Response {
  return new Response(widget, { headers: { 'content-type': 'text/javascript; charset=utf-8' } });
}
