import { toIframeSnippet } from '$lib/embed-snippets';
import { SITE_URL } from './site';

/** An oEmbed response of type "rich": the iframe embed and its host script. */
export function oembedResponse(options: { title: string; query: string }): Response {
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: 'Chronik',
    provider_url: `${SITE_URL}/`,
    title: options.title,
    html: toIframeSnippet({ siteRoot: `${SITE_URL}/`, query: options.query, title: options.title }),
    width: 720,
    height: 600,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
}
