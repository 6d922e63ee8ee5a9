/**
 * The Markdown of event texts (summaries, notes) as HTML, for the site's pages and the feeds.
 *
 * @module
 */
import { micromark, type Options } from 'micromark';

type SyntaxExtension = NonNullable<Options['extensions']>[number];
type HtmlExtension = NonNullable<Options['htmlExtensions']>[number];

// Validation refuses images, raw HTML and links other than http(s) (see
// `schema/markdown-text.ts`); the renderer must be safe on its own all the same, because a
// data directory can be built without being validated, and feeds and TimelineJS files carry
// the HTML to other sites.

/**
 * No images. micromark has no option to drop them, so the construct that starts one (`![`) is
 * switched off in the parser: `![alt](url)` then reads as "!" followed by a plain link. That
 * holds for every form of image (inline, reference, inside links) because it removes the only
 * way the parser has to make one, where rewriting the HTML afterwards would have to find each
 * `<img>` again. The address stays reachable by a click and is never loaded on its own.
 */
const noImages: SyntaxExtension = { disable: { null: ['labelStartImage'] } };

/**
 * Raw HTML (blocks, inline tags, comments) and autolinks to unsafe addresses leave nothing in
 * the output. `allowDangerousHtml: false` alone would show HTML as escaped text, which is
 * harmless but leaves the markup (`onerror=…`) for readers to see. Each handler captures what
 * the default handlers write inside the construct (`buffer`) and throws it away (`resume`).
 */
const noRawHtml: HtmlExtension = {
  enter: {
    htmlFlow() {
      this.buffer();
    },
    htmlText() {
      this.buffer();
    },
    autolink() {
      this.buffer();
    },
  },
  exit: {
    htmlFlow() {
      this.resume();
    },
    htmlText() {
      this.resume();
    },
    autolink() {
      // micromark has already checked the protocol: an unsafe one gets an empty href. Such an
      // autolink has nothing else to show (its text is the address itself), so it goes.
      const html = this.resume();
      if (!html.startsWith('<a href="">')) this.raw(html);
    },
  },
};

/**
 * Renders Markdown to HTML that loads nothing and runs nothing: raw HTML is dropped, images
 * become plain links to the image, and links keep only safe protocols (`javascript:`,
 * `data:` and the like get an empty `href`, or disappear as autolinks).
 *
 * @example
 * renderMarkdown('The **EDPS** decided.') // '<p>The <strong>EDPS</strong> decided.</p>'
 * renderMarkdown('![chart](https://example.org/c.png)')
 * // '<p>!<a href="https://example.org/c.png">chart</a></p>'
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, {
    allowDangerousHtml: false,
    allowDangerousProtocol: false,
    extensions: [noImages],
    htmlExtensions: [noRawHtml],
  });
}
