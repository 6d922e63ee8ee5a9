import { LANGUAGES } from '@chronik/events';
import { getDataset } from '$lib/server/dataset';
import { building } from '$app/environment';
import { getSiteUrlNotice, SITE_URL } from '$lib/server/site';

export const prerender = true;

/** Every page in both languages, each with its alternate, for search engines. */
export async function GET(): Promise<Response> {
  const { events } = await getDataset();
  // Prerendered once per build: the place to tell, once, that every absolute link of a build
  // without SITE_URL points at this machine.
  const notice = building ? getSiteUrlNotice(process.env) : undefined;
  if (notice) console.warn(`\n${notice}\n`);
  // The explorer, the pages of data and changes, and every event; the further pages of the
  // change log are reached from the first.
  const paths = ['', 'data/', 'changes/', ...events.map((event) => `events/${event.id}/`)];
  const entry = (path: string) =>
    LANGUAGES.map(
      (lang) => `  <url>
    <loc>${SITE_URL}/${lang}/${path}</loc>
${LANGUAGES.map((other) => `    <xhtml:link rel="alternate" hreflang="${other}" href="${SITE_URL}/${other}/${path}"/>`).join('\n')}
  </url>`,
    ).join('\n');
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
${paths.map(entry).join('\n')}
</urlset>
`;
  return new Response(xml, { headers: { 'content-type': 'application/xml; charset=utf-8' } });
}
