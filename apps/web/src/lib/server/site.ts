import { readSiteAddress } from '../../../site-address.js';

/**
 * The public address of the site's root, without a trailing slash, base path included
 * (`https://example.org/chronik`). Absolute URLs need it: the sitemap, feeds, calendars,
 * Open Graph tags, JSON-LD, oEmbed, citations and embed snippets. Set `SITE_URL` (and, for a
 * site in a folder of its host, `BASE_PATH`) when building for a host, e.g.
 * `SITE_URL=https://chronik.example.org pnpm build`; see svelte.config.js for the base path.
 */
export const SITE_URL = readSiteAddress(process.env).siteUrl;

/**
 * What a build without `SITE_URL` tells the person building, once: its absolute links point
 * at this machine. `undefined` when `SITE_URL` is set.
 */
export function getSiteUrlNotice(env: Record<string, string | undefined>): string | undefined {
  return env.SITE_URL
    ? undefined
    : `SITE_URL is not set: the feeds, calendars, sitemap, oEmbed, JSON-LD, citations and embed snippets link to ${readSiteAddress(env).siteUrl}. Build with SITE_URL=https://your.host to publish.`;
}

/**
 * The project's repository on GitHub (`CHRONIK_REPOSITORY_URL`, e.g.
 * `https://github.com/example/chronik`), where readers suggest corrections through its issue
 * form (`.github/ISSUE_TEMPLATE/correction.yml`); without it, no event offers the link.
 *
 * @throws Error at build time when it is set but not an http(s) address.
 */
export const REPOSITORY_URL = toRepositoryUrl(process.env.CHRONIK_REPOSITORY_URL);

function toRepositoryUrl(value: string | undefined): string | undefined {
  if (value === undefined || value.trim() === '') return undefined;
  const url = URL.canParse(value) ? new URL(value) : undefined;
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:')) {
    throw new Error(
      `CHRONIK_REPOSITORY_URL is "${value}", not an http(s) address; set it to the repository's address, e.g. https://github.com/example/chronik, or leave it out`,
    );
  }
  return url.href.replace(/\/+$/, '');
}
