import { SITE_URL } from './site';

/** An oEmbed response of type "rich": the iframe embed and its host script. */
export function oembedResponse(options: { title: string; query: string }): Response {
  const src = `${SITE_URL}/embed/?${options.query}`;
  const html =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" loading="lazy" ` +
    `style="width:100%;height:600px;border:0"></iframe>` +
    `<script src="${SITE_URL}/embed/chronik-iframe.js" defer></script>`;
  const body = {
    version: '1.0',
    type: 'rich',
    provider_name: 'Chronik',
    provider_url: `${SITE_URL}/`,
    title: options.title,
    html,
    width: 720,
    height: 600,
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, {
    headers: { 'content-type': 'application/json+oembed; charset=utf-8' },
  });
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}
