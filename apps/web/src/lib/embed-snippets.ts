/**
 * The HTML a host page pastes to embed Chronik: the web component, or the iframe with its
 * height script. The embed builder shows these and oEmbed answers with the iframe, so both
 * write exactly the same markup. Every value is escaped for its attribute: a title or a
 * query can never break out of it.
 *
 * @module
 */

/** Escapes text for a double-quoted HTML attribute. */
export function escapeAttribute(value: string): string {
  return value
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/**
 * The web component: the script and the element with the widget's options as attributes.
 *
 * @param options.siteRoot - the Chronik site's root URL, ending in `/`
 * @param options.query - the options as the iframe page reads them (`toEmbedQuery`)
 */
export function toComponentSnippet(options: { siteRoot: string; query: string }): string {
  const attributes = [...new URLSearchParams(options.query)]
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
  return (
    `<script type="module" src="${escapeAttribute(`${options.siteRoot}embed/chronik-timeline.js`)}"></` +
    `script>\n<chronik-timeline${attributes}></chronik-timeline>`
  );
}

/**
 * The iframe and the small script that gives it the height of its content.
 *
 * @param options.title - the frame's accessible name
 * @param options.height - its height before the script adjusts it, in pixels @default 600
 */
export function toIframeSnippet(options: {
  siteRoot: string;
  query: string;
  title: string;
  height?: number;
}): string {
  const src = `${options.siteRoot}embed/?${options.query}`;
  return (
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(options.title)}" loading="lazy" ` +
    `style="width:100%;height:${options.height ?? 600}px;border:0"></iframe>\n` +
    `<script src="${escapeAttribute(`${options.siteRoot}embed/chronik-iframe.js`)}" defer></` +
    `script>`
  );
}
