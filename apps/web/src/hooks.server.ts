import type { Handle } from '@sveltejs/kit';
import { building } from '$app/environment';
import { resolve as resolvePath } from '$app/paths';
import { toNotFoundBody, toNotFoundHead } from '$lib/server/not-found';

/**
 * Fills the page template's own placeholders (src/app.html): `<html lang>` with the page's
 * language, so screen readers pronounce it correctly; and, in the static 404.html only, its
 * title and the text it shows without JavaScript (`$lib/server/not-found`).
 */
export const handle: Handle = ({ event, resolve }) => {
  const lang = event.params.lang ?? 'de';
  // adapter-static's fallback page (404.html, svelte.config.js) is the one page rendered at
  // build time for no route: every other prerendered path has one, or fails the build.
  const fallback = building && event.route.id === null;
  return resolve(event, {
    transformPageChunk: ({ html }) =>
      html
        .replace('%lang%', lang)
        .replace('%chronik.fallback.head%', fallback ? toNotFoundHead() : '')
        .replace(
          '%chronik.fallback.body%',
          fallback
            ? toNotFoundBody({ explorers: { de: resolvePath('/de/'), en: resolvePath('/en/') } })
            : '',
        ),
  });
};
