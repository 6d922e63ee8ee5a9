// The site's public address, read once from the environment by svelte.config.js (for
// SvelteKit's base path) and by the server code (for absolute links): plain JavaScript, since
// the config is loaded before TypeScript is.

/** Where a build without `SITE_URL` links: the address `vite preview` serves. */
const DEFAULT_SITE_URL = 'http://localhost:4173';

/**
 * The address a build publishes under: `SITE_URL` (scheme, host and, for a site in a folder of
 * its host, a path) and `BASE_PATH` (that folder, e.g. `/chronik`, as on a code forge's project
 * pages). Either names the folder; when both do, they must agree.
 *
 * @param {Record<string, string | undefined>} env
 * @returns {{ siteUrl: string, base: string }} `siteUrl`: the site's root without a trailing
 *   slash (`https://example.org/chronik`), to which absolute links append `/de/…`; `base`: the
 *   folder, `''` or `/chronik`, as SvelteKit's `paths.base` takes it.
 * @throws {Error} naming the variable, its value and the fix, when either cannot be used
 */
export function readSiteAddress(env) {
  const given = env.SITE_URL?.trim() || DEFAULT_SITE_URL;
  const url = URL.canParse(given) ? new URL(given) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.search || url.hash) {
    throw new Error(
      `SITE_URL is "${given}", not an http(s) address without query or fragment; set it to the site's public address, e.g. SITE_URL=https://chronik.example.org or https://example.org/chronik`,
    );
  }
  const folder = url.pathname.replace(/\/+$/, '');
  const basePath = env.BASE_PATH?.trim();
  if (!basePath || basePath === '/') {
    checkFolder(folder, 'SITE_URL', given);
    return { siteUrl: `${url.origin}${folder}`, base: folder };
  }
  const base = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  checkFolder(base, 'BASE_PATH', basePath);
  if (folder && folder !== base) {
    throw new Error(
      `SITE_URL "${given}" names the folder ${folder}, but BASE_PATH is "${basePath}"; give the folder once (SITE_URL=${url.origin}${base}), or make them agree`,
    );
  }
  return { siteUrl: `${url.origin}${base}`, base };
}

/**
 * A folder SvelteKit can serve the site under: path segments of letters, digits, `.`, `_`,
 * `~` and `-` (what needs no encoding in a URL and no quoting in HTML), none only dots.
 *
 * @param {string} folder
 * @param {string} name
 * @param {string} value
 */
function checkFolder(folder, name, value) {
  if (folder === '' || /^(\/(?!\.+(?:\/|$))[\w.~-]+)+$/.test(folder)) return;
  throw new Error(
    `${name} is "${value}": the folder ${folder} has characters a base path cannot have; use segments of letters, digits, ".", "_", "~" and "-", e.g. /chronik`,
  );
}
