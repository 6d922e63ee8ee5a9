import { micromark } from 'micromark';

/**
 * Renders an event's Markdown text to HTML. micromark escapes raw HTML unless told otherwise,
 * so nothing a data file says can inject markup or script; links keep only safe protocols.
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
}
