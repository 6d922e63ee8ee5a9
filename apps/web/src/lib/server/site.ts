/**
 * The public address the site is built for, without a trailing slash. Absolute URLs need it:
 * the sitemap, Open Graph tags, JSON-LD and the "cite this event" text. Set `SITE_URL` when
 * building for a host (e.g. `SITE_URL=https://chronik.example.org pnpm build`).
 */
export const SITE_URL = (process.env.SITE_URL ?? 'http://localhost:4173').replace(/\/+$/, '');
