import type { ChronikEvent, Language } from '@chronik/events';
import { micromark } from 'micromark';

/**
 * Renders an event's Markdown text to HTML. micromark escapes raw HTML unless told otherwise,
 * so nothing a data file says can inject markup or script; links keep only safe protocols.
 */
export function renderMarkdown(markdown: string): string {
  return micromark(markdown, { allowDangerousHtml: false, allowDangerousProtocol: false });
}

/** An event's summary and notes as HTML, rendered at build time. */
export interface EventHtml {
  summary: string;
  notes?: string;
}

/**
 * An event's summary and notes in one language as HTML. Rendered at build time, so readers'
 * browsers need no Markdown library.
 */
export function renderEventHtml(event: ChronikEvent, lang: Language): EventHtml {
  return {
    summary: renderMarkdown(event.summary[lang]),
    ...(event.notes ? { notes: renderMarkdown(event.notes[lang]) } : {}),
  };
}
