/**
 * Text in HTML that the exports write (feeds, TimelineJS): escaped, so that what the data says
 * is shown as written and never read as markup.
 *
 * @module
 */

/** Escapes `&`, `<`, `>` and `"`: safe in element content and in double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}
