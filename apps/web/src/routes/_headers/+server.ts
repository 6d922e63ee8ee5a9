import { base } from '$app/paths';

export const prerender = true;

/**
 * The part of the Content-Security-Policy every response carries. Each page's `<meta>` policy
 * (`kit.csp` in svelte.config.js) holds the rest: its scripts' hashes differ from page to page,
 * so `script-src` and `default-src` cannot be in a header shared by all pages (two policies both
 * apply, and a header `default-src 'self'` would block the page's own hashed scripts). What a
 * `<meta>` cannot carry, `frame-ancestors`, is only here.
 */
const HEADER_POLICY = [
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-src 'self'",
  "worker-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

/**
 * Response headers for static hosts that read a `_headers` file (Netlify, Cloudflare Pages, and
 * the e2e test server); for nginx, see deploy/nginx.conf. Pages refuse to be framed, except the
 * embed; the embed, the data, the feeds, the schemas and oEmbed may be loaded from any origin.
 * Written at build time so that its paths carry the base path of a site in a folder.
 */
export function GET(): Response {
  const rules: [path: string, headers: string[]][] = [
    [
      '/*',
      [
        'X-Frame-Options: DENY',
        `Content-Security-Policy: ${HEADER_POLICY}; frame-ancestors 'none'`,
        'Referrer-Policy: no-referrer',
        'X-Content-Type-Options: nosniff',
      ],
    ],
    [
      '/embed/*',
      [
        '! X-Frame-Options',
        `Content-Security-Policy: ${HEADER_POLICY}; frame-ancestors *`,
        'Access-Control-Allow-Origin: *',
      ],
    ],
    ['/data/*', ['Access-Control-Allow-Origin: *']],
    ['/feeds/*', ['Access-Control-Allow-Origin: *']],
    ['/schema/*', ['Access-Control-Allow-Origin: *']],
    ['/oembed/*', ['Access-Control-Allow-Origin: *']],
  ];
  const text = rules
    .map(([path, headers]) => [`${base}${path}`, ...headers.map((h) => `  ${h}`)].join('\n'))
    .join('\n\n');
  return new Response(`${text}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
