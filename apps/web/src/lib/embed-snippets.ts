/**
 * The HTML a host page pastes to embed Chronik: the web component, or the iframe with its
 * height script. The embed builder shows these and oEmbed answers with the iframe, so both
 * write exactly the same markup. A snippet runs on someone else's page, so nothing in it may
 * come from a value unchecked: every value is escaped for its attribute (a title or a query
 * can never break out of it, and reads back exactly), attribute names are only the widget's
 * own options, addresses only http(s), the height only a number of pixels.
 *
 * @module
 */
import { WIDGET_ATTRIBUTES } from '@chronik/embed';

/** What each character becomes inside a double-quoted attribute. */
const ATTRIBUTE_ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  // Line breaks and tabs are legal in attributes, but a parser turns CR and CRLF into LF:
  // written as references, they read back exactly and the snippet stays on one line.
  '\n': '&#10;',
  '\r': '&#13;',
  '\t': '&#9;',
};

/**
 * Escapes text for a double-quoted HTML attribute: `&`, both quotes, `<`, `>`, and line
 * breaks and tabs become character references, so the value reads back exactly as given.
 *
 * @example
 * escapeAttribute('"onload=alert(1)') // '&quot;onload=alert(1)'
 */
export function escapeAttribute(value: string): string {
  return value.replace(/[&"'<>\n\r\t]/g, (character) => ATTRIBUTE_ESCAPES[character]!);
}

/** The site root, checked: an absolute http(s) address ending in `/`. */
function checkSiteRoot(caller: string, siteRoot: string): string {
  let url: URL | undefined;
  try {
    url = new URL(siteRoot);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'https:' && url.protocol !== 'http:') || !siteRoot.endsWith('/')) {
    throw new TypeError(
      `${caller}: siteRoot must be the site's absolute http(s) address ending in "/", got ${JSON.stringify(siteRoot)}; pass e.g. "https://chronik.example.org/"`,
    );
  }
  return siteRoot;
}

/**
 * The web component: the script and the element with the widget's options as attributes.
 *
 * @param options.siteRoot - the Chronik site's root URL: http(s), ending in `/`
 * @param options.query - the options as the iframe page reads them (`toEmbedQuery`); each
 *   name must be one of the widget's options (`WIDGET_ATTRIBUTES`), at most once
 * @throws TypeError for a site root that is not an http(s) address, or a query naming
 *   something other than the widget's options (an `onload` would run script on the host)
 */
export function toComponentSnippet(options: { siteRoot: string; query: string }): string {
  const siteRoot = checkSiteRoot('toComponentSnippet', options.siteRoot);
  const seen = new Set<string>();
  const attributes = [...new URLSearchParams(options.query)]
    .map(([name, value]) => {
      if (!WIDGET_ATTRIBUTES.includes(name)) {
        throw new TypeError(
          `toComponentSnippet: ${JSON.stringify(name)} is not an option of <chronik-timeline>; write the query with toEmbedQuery, whose names are WIDGET_ATTRIBUTES`,
        );
      }
      if (seen.has(name)) {
        throw new TypeError(
          `toComponentSnippet: ${JSON.stringify(name)} is given twice in the query and an element has each attribute once; join the values (e.g. categories=a,b)`,
        );
      }
      seen.add(name);
      return ` ${name}="${escapeAttribute(value)}"`;
    })
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(`${siteRoot}embed/chronik-timeline.js`)}"></` +
    `script>\n<chronik-timeline${attributes}></chronik-timeline>`
  );
}

/**
 * The iframe and the small script that gives it the height of its content.
 *
 * @param options.siteRoot - the Chronik site's root URL: http(s), ending in `/`
 * @param options.query - the iframe page's query (`toEmbedQuery`)
 * @param options.title - the frame's accessible name
 * @param options.height - its height before the script adjusts it, in pixels @default 600
 * @throws TypeError for a site root that is not an http(s) address, or a height that is not
 *   a positive number
 */
export function toIframeSnippet(options: {
  siteRoot: string;
  query: string;
  title: string;
  height?: number;
}): string {
  const siteRoot = checkSiteRoot('toIframeSnippet', options.siteRoot);
  const height = options.height ?? 600;
  if (!Number.isFinite(height) || height <= 0) {
    throw new TypeError(
      `toIframeSnippet: height must be a positive number of pixels, got ${height}; leave it out for 600`,
    );
  }
  const src = `${siteRoot}embed/?${options.query}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" loading="lazy" ` +
    `style="width:100%;height:${Math.round(height)}px;border:0"></iframe>\n` +
    `<script src="${escapeAttribute(`${siteRoot}embed/chronik-iframe.js`)}" defer></` +
    `script>`
  );
}
