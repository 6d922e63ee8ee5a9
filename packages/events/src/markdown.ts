/**
 * The Markdown of event texts (summaries, notes) as HTML, for the site's pages and the feeds.
 *
 * @module
 */
import { micromark } from 'micromark';

/**
 * Renders Markdown to HTML. micromark escapes raw HTML unless told otherwise, so nothing a data
 * file says can inject markup or script; links keep only safe protocols.
 *
 * @example
 * renderMarkdown('The **EDPS** decided.') // '<p>The <strong>EDPS</strong> decided.</p>'
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
}
