import type { Handle } from '@sveltejs/kit';

/** Sets `<html lang>` to the page's language, so screen readers pronounce it correctly. */
export const handle: Handle = ({ event, resolve }) => {
  const lang = event.params.lang ?? 'de';
  return resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', lang) });
};
