import type { HandleClientError } from '@sveltejs/kit';

/**
 * Errors in the browser. A path no route matches is not a fault: the static host served
 * 404.html for it and the error page says so, so it is not logged (SvelteKit's default logs
 * "Not found: /x" with a stack trace to the console, as if the site had failed). Every other
 * error is logged, for the reader's developer tools and the e2e guard, and the page shows
 * only its message.
 */
export const handleError: HandleClientError = ({ error, status, message }) => {
  if (status !== 404) console.error(error);
  return { message };
};
