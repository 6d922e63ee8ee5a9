import type { ChronikEvent, EventHtml, Language } from '@chronik/events';
import { renderMarkdown } from '@chronik/events/formats';

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
